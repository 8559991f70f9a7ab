package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.reminder.PendingReminder;
import dev.ryugaku.core.reminder.Reminder;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderRepository;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The reminder outbox: recorded once by the table's unique key, sent under a row lock. */
interface ReminderJpaRepository extends JpaRepository<Reminder, Long>, ReminderRepository {

    /** INSERT IGNORE: a duplicate of the unique key (kind, recipient, subject key) is left out, counted 0. */
    @Override
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into reminder (version, kind, recipient_id, subject_id, subject_key, status, created_at,
                attempts, next_attempt_at)
            values (0, :kind, :recipientId, :subjectId, :subjectKey, 'PENDING', :createdAt, 0, :nextAttemptAt)
            """)
    int insertIfAbsent(@Param("kind") String kind, @Param("recipientId") long recipientId,
                       @Param("subjectId") Long subjectId, @Param("subjectKey") String subjectKey,
                       @Param("createdAt") Instant createdAt, @Param("nextAttemptAt") Instant nextAttemptAt);

    @Override
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into reminder (version, kind, recipient_id, subject_id, subject_key, status, created_at,
                attempts, next_attempt_at, channel)
            values (0, :kind, :recipientId, :subjectId, :subjectKey, 'PENDING', :createdAt, 0, :nextAttemptAt, :channel)
            """)
    int insertIfAbsentOn(@Param("channel") String channel, @Param("kind") String kind,
                         @Param("recipientId") long recipientId, @Param("subjectId") Long subjectId,
                         @Param("subjectKey") String subjectKey, @Param("createdAt") Instant createdAt,
                         @Param("nextAttemptAt") Instant nextAttemptAt);

    @Override
    @Query("""
            select new dev.ryugaku.core.reminder.PendingReminder(r.id, r.kind, r.subjectId, r.subjectKey, r.attempts,
                p.id, p.email, p.displayName, p.locale, p.timeZone, p.active, r.channel)
            from Reminder r join Person p on p.id = r.recipientId
            where r.status = dev.ryugaku.core.reminder.ReminderStatus.PENDING and r.nextAttemptAt <= :now
            order by r.nextAttemptAt, r.id
            """)
    List<PendingReminder> findSendable(@Param("now") Instant now, Pageable page);

    @Override
    @Query("""
            select new dev.ryugaku.core.reminder.PendingReminder(r.id, r.kind, r.subjectId, r.subjectKey, r.attempts,
                p.id, p.email, p.displayName, p.locale, p.timeZone, p.active, r.channel)
            from Reminder r join Person p on p.id = r.recipientId
            where r.status = dev.ryugaku.core.reminder.ReminderStatus.PENDING
              and r.kind = :kind and r.recipientId = :recipientId and r.subjectKey = :subjectKey
              and r.channel = dev.ryugaku.core.reminder.ReminderChannel.MAIL
            """)
    Optional<PendingReminder> findPending(@Param("kind") ReminderKind kind, @Param("recipientId") long recipientId,
                                          @Param("subjectKey") String subjectKey);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reminder r where r.id = :id and r.status = dev.ryugaku.core.reminder.ReminderStatus.PENDING")
    Optional<Reminder> lockPending(@Param("id") long id);
}
