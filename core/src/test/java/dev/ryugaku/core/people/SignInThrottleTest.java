package dev.ryugaku.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

    private final SignInCounter account = new SignInCounter("account:1");

    @Test
    void fourFailuresDoNotLockTheFifthDoesForOneMinute() {
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailure(SignInThrottle.ACCOUNT, START.plusSeconds(i))).isFalse();
        }
        assertThat(account.isLockedAt(START.plusSeconds(4))).isFalse();

        assertThat(account.recordFailure(SignInThrottle.ACCOUNT, START.plusSeconds(4))).isTrue();

        assertThat(account.isLockedAt(START.plusSeconds(5))).isTrue();
        assertThat(account.lockedUntil()).contains(START.plusSeconds(4).plus(Duration.ofMinutes(1)));
        assertThat(account.isLockedAt(START.plusSeconds(4).plus(Duration.ofMinutes(1)))).isFalse();
    }

    @Test
    void failuresOlderThanFifteenMinutesAreForgotten() {
        for (int i = 0; i < 4; i++) {
            account.recordFailure(SignInThrottle.ACCOUNT, START);
        }
        assertThat(account.recordFailure(SignInThrottle.ACCOUNT, START.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(account.getFailures()).isEqualTo(1);
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToAnHour() {
        Instant now = START;
        for (long expectedMinutes : new long[] {1, 2, 4, 8, 16, 32, 60, 60}) {
            lock(now);
            assertThat(account.lockedUntil()).as("lock of %d minutes", expectedMinutes)
                    .contains(now.plus(Duration.ofMinutes(expectedMinutes)));
            now = account.lockedUntil().orElseThrow();
        }
    }

    @Test
    void theDoublingStartsAgainAfterASuccessfulSignInOrADayWithoutLocks() {
        lock(START);
        lock(START.plus(Duration.ofMinutes(1)));
        assertThat(account.getLocks()).isEqualTo(2);

        account.clear();
        lock(START.plus(Duration.ofMinutes(10)));
        assertThat(account.lockedUntil()).contains(START.plus(Duration.ofMinutes(11)));

        Instant nextDay = START.plus(Duration.ofHours(25));
        lock(nextDay);
        assertThat(account.lockedUntil()).contains(nextDay.plus(Duration.ofMinutes(1)));
    }

    @Test
    void anAddressIsLockedAfterThirtyFailuresAcrossAccounts() {
        SignInCounter address = new SignInCounter("address:192.0.2.1");
        for (int i = 0; i < 29; i++) {
            assertThat(address.recordFailure(SignInThrottle.ADDRESS, START.plusSeconds(i))).isFalse();
        }
        assertThat(address.recordFailure(SignInThrottle.ADDRESS, START.plusSeconds(29))).isTrue();
        assertThat(address.isLockedAt(START.plusSeconds(30))).isTrue();
    }

    @Test
    void unknownNamesAreKeptAsHashesAndAlikeWhateverTheCase() {
        assertThat(SignInSubject.unknownName(" Nobody@Example.com ").key())
                .isEqualTo(SignInSubject.unknownName("nobody@example.com").key())
                .doesNotContain("nobody");
    }

    private void lock(Instant at) {
        for (int i = 0; i < SignInThrottle.ACCOUNT.maxFailures(); i++) {
            account.recordFailure(SignInThrottle.ACCOUNT, at);
        }
    }
}
