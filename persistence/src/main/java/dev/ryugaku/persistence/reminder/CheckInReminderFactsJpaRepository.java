package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.checkin.CheckIn;
import dev.ryugaku.core.reminder.CheckInReminderFacts;
import dev.ryugaku.core.reminder.MentorCheckIn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Check-ins with their mentors, one row per check-in and mentor (primary and second), in one query. */
interface CheckInReminderFactsJpaRepository extends Repository<CheckIn, Long>, CheckInReminderFacts {

    String CHECK_INS_WITH_MENTORS = """
            select new dev.ryugaku.core.reminder.MentorCheckIn(c.id, e.id, c.scheduledAt, c.status, e.status,
                p.displayName, m.id, m.timeZone)
            from CheckIn c join c.enrollment e join e.person p
                join Person m on m = e.primaryMentor or m = e.secondaryMentor
            """;

    @Override
    @Query(CHECK_INS_WITH_MENTORS + """
            where c.status = dev.ryugaku.core.checkin.CheckInStatus.SCHEDULED
              and e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE
              and m.active = true
              and c.scheduledAt >= :from and c.scheduledAt < :to
            order by c.scheduledAt, c.id, m.id
            """)
    List<MentorCheckIn> scheduledBetween(@Param("from") Instant from, @Param("to") Instant to);

    @Override
    @Query(CHECK_INS_WITH_MENTORS + "where c.id in :checkInIds")
    List<MentorCheckIn> findByCheckInIds(@Param("checkInIds") Collection<Long> checkInIds);
}
