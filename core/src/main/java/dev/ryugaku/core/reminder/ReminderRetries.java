package dev.ryugaku.core.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a failed send is tried again: after 10 minutes, then twice as long each time up to 6 hours; 10 tries in all. */
public final class ReminderRetries {

    public static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_DELAY = Duration.ofMinutes(10);
    static final Duration LONGEST_DELAY = Duration.ofHours(6);

    private ReminderRetries() {
    }

    /** The time of the next try after {@code attempts} failed ones; empty when it is time to give up. */
    public static Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return Optional.of(now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay));
    }
}
