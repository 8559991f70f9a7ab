package dev.ryugaku.core.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One reminder mail in the outbox: recorded once per kind, recipient and subject key, then sent.
 * A failed send stays PENDING with a later {@code nextAttemptAt}; a row without one is not retried.
 */
@Entity
@Table(name = "reminder")
public class Reminder {

    static final int ERROR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReminderKind kind;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderChannel channel = ReminderChannel.MAIL;

    protected Reminder() {
    }

    void sent(Instant now) {
        attempts++;
        status = ReminderStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed send: tried again later, unless it cannot be retried or has failed too often. */
    void failed(Instant now, String error, boolean retry) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX_LENGTH));
        nextAttemptAt = retry ? ReminderRetries.nextAttempt(attempts, now).orElse(null) : null;
        if (nextAttemptAt == null) {
            status = ReminderStatus.FAILED;
        }
    }

    /** The receiver asked to wait: tried again after the wait (or the usual backoff, if longer), as a failure counts. */
    void deferred(Instant now, String error, Duration wait) {
        failed(now, error, true);
        if (nextAttemptAt != null && nextAttemptAt.isBefore(now.plus(wait))) {
            nextAttemptAt = now.plus(wait);
        }
    }

    /** Not sent, and never will be: the recipient turned the kind off, or what it was about changed. */
    void skip(String why) {
        status = ReminderStatus.SKIPPED;
        nextAttemptAt = null;
        lastError = why;
    }

    public Long getId() {
        return id;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public ReminderStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public ReminderChannel getChannel() {
        return channel;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
