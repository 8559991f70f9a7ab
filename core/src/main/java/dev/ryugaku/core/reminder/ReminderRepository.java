package dev.ryugaku.core.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** The reminder outbox; implemented in the persistence module. */
public interface ReminderRepository {

    /**
     * Records a reminder unless one with the same kind, recipient and subject key exists (the
     * table's unique key decides, so two replicas recording at once record it once).
     *
     * @param nextAttemptAt when the job may send it; null when the job must not (sent right away by its caller)
     * @return 1 when recorded, 0 when it was there already
     */
    int insertIfAbsent(String kind, long recipientId, Long subjectId, String subjectKey, Instant createdAt,
                       Instant nextAttemptAt);

    /** {@link #insertIfAbsent} on a channel: the same reminder may be recorded once per channel. */
    int insertIfAbsentOn(String channel, String kind, long recipientId, Long subjectId, String subjectKey,
                         Instant createdAt, Instant nextAttemptAt);

    /** PENDING reminders whose time to be sent has come, oldest first, with their recipients. */
    List<PendingReminder> findSendable(Instant now, Pageable page);

    /** One PENDING reminder by its key, with its recipient. */
    Optional<PendingReminder> findPending(ReminderKind kind, long recipientId, String subjectKey);

    /**
     * The reminder, locked for this transaction, if it is still PENDING: whoever holds the lock sends
     * it, anyone else waits and then finds it sent.
     */
    Optional<Reminder> lockPending(long id);
}
