package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.checkin.ActionItem;
import dev.ryugaku.core.reminder.ActionItemReminderFacts;
import dev.ryugaku.core.reminder.ParticipantActionItem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Participants' open action items with their zone, in one query for everyone. */
interface ActionItemReminderFactsJpaRepository extends Repository<ActionItem, Long>, ActionItemReminderFacts {

    String OPEN_PARTICIPANT_ITEMS = """
            select new dev.ryugaku.core.reminder.ParticipantActionItem(a.id, a.text, a.dueDate, a.checkIn.id, p.id,
                p.timeZone)
            from ActionItem a join a.enrollment e join e.person p
            where a.doneAt is null and a.owner = dev.ryugaku.core.checkin.ActionItemOwner.PARTICIPANT
              and e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE and p.active = true
              and a.dueDate <= :latest
            """;

    @Override
    @Query(OPEN_PARTICIPANT_ITEMS + " order by p.id, a.dueDate, a.id")
    List<ParticipantActionItem> openDueBy(@Param("latest") LocalDate latest);

    @Override
    @Query(OPEN_PARTICIPANT_ITEMS + " and p.id in :participantIds order by p.id, a.dueDate, a.id")
    List<ParticipantActionItem> openDueByFor(@Param("latest") LocalDate latest,
                                             @Param("participantIds") Collection<Long> participantIds);
}
