package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.reminder.FollowUpReminderFacts;
import dev.ryugaku.core.reminder.GraduateFollowUp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Graduated rotations not followed up yet, with the graduate's zone, in one query for everyone. */
interface FollowUpReminderFactsJpaRepository extends Repository<Enrollment, Long>, FollowUpReminderFacts {

    String UNANSWERED = "select new dev.ryugaku.core.reminder.GraduateFollowUp(e.id, p.id, p.timeZone, c.name,"
            + " coalesce(e.endDate, c.endDate))"
            + " from Enrollment e join e.person p join e.cohort c"
            + " where e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.GRADUATED and p.active = true"
            + " and not exists (select 1 from FollowUp u where u.enrollment = e"
            + " and u.status = dev.ryugaku.core.retrospective.SubmissionStatus.SUBMITTED)";

    @Override
    @Query(UNANSWERED + " and coalesce(e.endDate, c.endDate) between :firstEnd and :lastEnd order by e.id")
    List<GraduateFollowUp> unansweredEndingBetween(@Param("firstEnd") LocalDate firstEnd,
                                                   @Param("lastEnd") LocalDate lastEnd);

    @Override
    @Query(UNANSWERED + " and e.id in :enrollmentIds order by e.id")
    List<GraduateFollowUp> unansweredAmong(@Param("enrollmentIds") Collection<Long> enrollmentIds);
}
