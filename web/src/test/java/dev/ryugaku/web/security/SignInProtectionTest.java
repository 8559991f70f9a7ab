package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.audit.AuditEntry;
import dev.ryugaku.core.audit.AuditEventRepository;
import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.people.AccountLookup;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.people.SignInCounterRepository;
import dev.ryugaku.core.people.SignInProtection;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The protection service on the real database, with a clock the test moves instead of sleeping. */
@RyugakuTest
class SignInProtectionTest {

    @Autowired
    SignInCounterRepository counters;
    @Autowired
    AccountLookup accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    TransactionTemplate transaction;

    private Instant now = Instant.parse("2031-05-01T09:00:00Z");
    private SignInProtection protection;
    private FreshPeople.Fresh person;
    private String address;

    @BeforeEach
    void setUp() {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        protection = new SignInProtection(counters, accounts, auditLog, currentActor, clock);
        person = freshPeople.create("時計 確認", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
        // every test its own address, so that the per-address count stays out of the way
        address = "203.0.113." + (Math.abs(UUID.randomUUID().hashCode()) % 250 + 1);
    }

    @Test
    void theSecondLockLastsTwoMinutesAndEndsWithoutAnyoneDoingAnything() {
        failTimes(5);
        assertThat(locked()).isTrue();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(locked()).isFalse();

        failTimes(5);
        now = now.plus(Duration.ofSeconds(119));
        assertThat(locked()).isTrue();
        now = now.plusSeconds(1);
        assertThat(locked()).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes(4);
        inTransaction(() -> {
            protection.succeeded(person.personId());
            return null;
        });
        failTimes(4);
        assertThat(locked()).isFalse();
    }

    @Test
    void theAccountIsTheSameWhetherTypedAsLoginNameOrInCapitals() {
        failTimes(3);
        inTransaction(() -> protection.failed(person.email().toUpperCase(Locale.ROOT), address));
        inTransaction(() -> protection.failed(" " + person.email(), address));
        assertThat(locked()).isTrue();
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void anOwnerSeesAndLiftsALockAndTheLiftIsAudited() {
        failTimes(5);
        assertThat(inTransaction(() -> protection.lockedUntil(person.personId()))).contains(now.plus(Duration.ofMinutes(1)));

        inTransaction(() -> {
            protection.lift(person.personId());
            return null;
        });

        assertThat(locked()).isFalse();
        assertThat(inTransaction(() -> protection.lockedUntil(person.personId()))).isEmpty();
        assertThat(auditEvents.findHistory(PersonService.RECORD_TYPE, person.personId())).extracting(AuditEntry::action)
                .contains("SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN_LOCK_LIFTED");
    }

    @Test
    @WithUserDetails(DemoPeople.MENTOR)
    void onlyOwnersSeeOrLiftLocks() {
        failTimes(5);
        assertThatThrownBy(() -> protection.lockedUntil(person.personId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> inTransaction(() -> {
            protection.lift(person.personId());
            return null;
        })).isInstanceOf(NotPermittedException.class);
        assertThat(locked()).isTrue();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            inTransaction(() -> protection.failed(person.email(), address));
        }
    }

    private boolean locked() {
        return protection.isLocked(person.email(), address);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
