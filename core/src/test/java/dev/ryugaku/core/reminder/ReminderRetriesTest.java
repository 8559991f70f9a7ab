package dev.ryugaku.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderRetriesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    private static Duration delayAfter(int attempts) {
        return Duration.between(NOW, ReminderRetries.nextAttempt(attempts, NOW).orElseThrow());
    }

    @Test
    void aFailedSendIsTriedAgainAfterTenMinutesThenTwiceAsLongEachTimeUpToSixHours() {
        assertThat(delayAfter(1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(delayAfter(2)).isEqualTo(Duration.ofMinutes(20));
        assertThat(delayAfter(3)).isEqualTo(Duration.ofMinutes(40));
        assertThat(delayAfter(6)).isEqualTo(Duration.ofMinutes(320));
        assertThat(delayAfter(7)).isEqualTo(Duration.ofHours(6));
        assertThat(delayAfter(ReminderRetries.MAX_ATTEMPTS - 1)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void afterTenFailedTriesTheReminderIsGivenUp() {
        assertThat(ReminderRetries.nextAttempt(ReminderRetries.MAX_ATTEMPTS, NOW)).isEmpty();
    }
}
