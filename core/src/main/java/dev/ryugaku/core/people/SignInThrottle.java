package dev.ryugaku.core.people;

import java.time.Duration;

/**
 * When repeated failed sign-ins lock a subject (an account, or a client address) and for how long:
 * {@code maxFailures} failures within {@code window} lock it for {@code firstLock}, and each further
 * lock lasts twice as long as the one before, up to {@code longestLock}. The count of locks is
 * forgotten after a successful sign-in, when an owner lifts the lock, or a day after the last lock.
 */
public record SignInThrottle(int maxFailures, Duration window, Duration firstLock, Duration longestLock) {

    /** Per account (and per unknown name typed, so that the answer never tells them apart). */
    public static final SignInThrottle ACCOUNT = new SignInThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(60));
    /**
     * Per client address, across accounts: against password spraying (a few tries at many accounts).
     * An office behind one NAT address still has room for its people's typos.
     */
    public static final SignInThrottle ADDRESS = new SignInThrottle(30, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(60));
    /** How long the number of earlier locks is remembered for doubling. */
    public static final Duration LOCK_MEMORY = Duration.ofHours(24);

    /** The length of the n-th lock in a row (1-based): 1, 2, 4, … minutes, capped. */
    public Duration lockLength(int lockNumber) {
        Duration length = firstLock;
        for (int i = 1; i < lockNumber && length.compareTo(longestLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(longestLock) > 0 ? longestLock : length;
    }
}
