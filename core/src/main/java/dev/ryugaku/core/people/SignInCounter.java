package dev.ryugaku.core.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins of one subject (an account, an unknown name typed, or a client address) and its
 * lock. Kept in the database so that every replica sees the same count and owners see the lock.
 */
@Entity
@Table(name = "sign_in_counter")
public class SignInCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@link SignInSubject#key()}: the kind and the account, name hash or address. */
    @Column(name = "subject_key", nullable = false, length = 120, unique = true)
    private String subjectKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    /** Locks in a row, for the doubling. */
    @Column(nullable = false)
    private int locks;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInCounter() {
    }

    public SignInCounter(String subjectKey) {
        this.subjectKey = subjectKey;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; true when it locks the subject (then until {@link #lockedUntil()}). */
    public boolean recordFailure(SignInThrottle throttle, Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil.plus(SignInThrottle.LOCK_MEMORY))) {
            locks = 0;
        }
        if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(throttle.window()))) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures < throttle.maxFailures()) {
            return false;
        }
        locks++;
        lockedUntil = now.plus(throttle.lockLength(locks));
        failures = 0;
        windowStartedAt = null;
        return true;
    }

    /** A successful sign-in, or an owner lifting the lock: the slate is clean. */
    public void clear() {
        failures = 0;
        windowStartedAt = null;
        locks = 0;
        lockedUntil = null;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public int getFailures() {
        return failures;
    }

    public int getLocks() {
        return locks;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
