package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection for password sign-in: failures are counted per account (or per unknown
 * name, answered alike) and per client address, and too many lock the subject for a while
 * ({@link SignInThrottle}). Every failure, lock and lifted lock is written to the audit log and to
 * the log {@code dev.ryugaku.security.sign-in} as key=value lines.
 */
@Service
public class SignInProtection {

    public static final String UNKNOWN_RECORD_TYPE = "SignIn";

    private static final Logger log = LoggerFactory.getLogger("dev.ryugaku.security.sign-in");

    private final SignInCounterRepository counters;
    private final AccountLookup accounts;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final Clock clock;

    public SignInProtection(SignInCounterRepository counters, AccountLookup accounts, AuditLog auditLog,
                            CurrentActor currentActor, Clock clock) {
        this.counters = counters;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Whether a sign-in with this name from this address is refused now, whatever the password. */
    @Transactional(readOnly = true)
    public boolean isLocked(String typedName, String address) {
        Instant now = clock.instant();
        return counters.findBySubjectKeyIn(List.of(subjectFor(typedName).key(), SignInSubject.address(address).key()))
                .stream().anyMatch(counter -> counter.isLockedAt(now));
    }

    /** Logs an attempt refused because of a lock; the lock itself is neither extended nor shortened. */
    public void refusedWhileLocked(String typedName, String address) {
        log.warn("event=sign_in_refused_locked subject={} address={}", subjectFor(typedName).key(), address);
    }

    /** Counts a wrong password (or an unknown name); true when this failure locked the account or address. */
    @Transactional
    public boolean failed(String typedName, String address) {
        Instant now = clock.instant();
        Optional<Person> person = accounts.findBySignInName(typedName);
        SignInSubject subject = person.map(p -> SignInSubject.account(p.getId())).orElseGet(() -> SignInSubject.unknownName(typedName));
        String recordType = person.isPresent() ? PersonService.RECORD_TYPE : UNKNOWN_RECORD_TYPE;
        Long recordId = person.map(Person::getId).orElse(null);

        log.warn("event=sign_in_failed subject={} address={}", subject.key(), address);
        auditLog.record(null, "SIGN_IN_FAILED", recordType, recordId);
        SignInCounter account = counterFor(subject);
        boolean accountLocked = account.recordFailure(SignInThrottle.ACCOUNT, now);
        if (accountLocked) {
            log.warn("event=sign_in_locked subject={} address={} until={} lock={}", subject.key(), address,
                    account.lockedUntil().orElseThrow(), account.getLocks());
            auditLog.record(null, "SIGN_IN_LOCKED", recordType, recordId);
        }
        SignInSubject origin = SignInSubject.address(address);
        SignInCounter fromAddress = counterFor(origin);
        boolean addressLocked = fromAddress.recordFailure(SignInThrottle.ADDRESS, now);
        if (addressLocked) {
            log.warn("event=sign_in_address_locked subject={} until={} lock={}", origin.key(),
                    fromAddress.lockedUntil().orElseThrow(), fromAddress.getLocks());
            auditLog.record(null, "SIGN_IN_ADDRESS_LOCKED", UNKNOWN_RECORD_TYPE, null);
        }
        return accountLocked || addressLocked;
    }

    /** A successful sign-in clears the account's failures and lock history (not the address's). */
    @Transactional
    public void succeeded(long personId) {
        counters.findForUpdate(SignInSubject.account(personId).key()).ifPresent(SignInCounter::clear);
    }

    /** Until when the person's account is locked, if it is; program owners only. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(long personId) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        Instant now = clock.instant();
        return counters.findBySubjectKey(SignInSubject.account(personId).key())
                .filter(counter -> counter.isLockedAt(now))
                .flatMap(SignInCounter::lockedUntil);
    }

    /** An owner lets the person try again at once, e.g. after confirming who kept failing. */
    @Transactional
    public void lift(long personId) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        SignInCounter counter = counters.findForUpdate(SignInSubject.account(personId).key())
                .orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_TYPE, personId));
        counter.clear();
        auditLog.record(actor, "SIGN_IN_LOCK_LIFTED", PersonService.RECORD_TYPE, personId);
        log.info("event=sign_in_lock_lifted subject={} by={}", counter.getSubjectKey(), actor.personId());
    }

    private SignInSubject subjectFor(String typedName) {
        return accounts.findBySignInName(typedName).map(p -> SignInSubject.account(p.getId()))
                .orElseGet(() -> SignInSubject.unknownName(typedName));
    }

    /** The subject's counter, locked for update; created on its first failure (a race on the insert is retried by the caller). */
    private SignInCounter counterFor(SignInSubject subject) {
        return counters.findForUpdate(subject.key()).orElseGet(() -> counters.saveAndFlush(new SignInCounter(subject.key())));
    }
}
