package dev.ryugaku.persistence.retrospective;

import dev.ryugaku.core.retrospective.CohortResponses;
import dev.ryugaku.core.retrospective.FeedbackQueries;
import dev.ryugaku.core.retrospective.FollowUpItemRow;
import dev.ryugaku.core.retrospective.FollowUpText;
import dev.ryugaku.core.retrospective.ReadinessCount;
import dev.ryugaku.core.retrospective.Retrospective;
import dev.ryugaku.core.retrospective.RetrospectiveAnswer;
import dev.ryugaku.core.retrospective.ScoreCount;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The program feedback as projections: counts are grouped by the database, one query per method.
 * A rotation has at most one retrospective, evaluation and follow-up, so the left joins never
 * multiply its row.
 */
interface FeedbackJpaQueries extends Repository<Retrospective, Long>, FeedbackQueries {

    String SUBMITTED = "dev.ryugaku.core.retrospective.SubmissionStatus.SUBMITTED";

    /** Running and graduated rotations of cohorts that were not cancelled. */
    String COUNTED = " e.status in (dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE,"
            + " dev.ryugaku.core.enrollment.EnrollmentStatus.GRADUATED)"
            + " and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED ";

    String RESPONSES = "select new dev.ryugaku.core.retrospective.CohortResponses(c.id, c.name, c.startDate, c.endDate,"
            + " count(e),"
            + " sum(case when e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.GRADUATED then 1 else 0 end),"
            + " sum(case when r.status = " + SUBMITTED + " then 1 else 0 end),"
            + " sum(case when f.status = " + SUBMITTED + " then 1 else 0 end),"
            + " sum(case when u.status = " + SUBMITTED + " then 1 else 0 end))"
            + " from Enrollment e join e.cohort c"
            + " left join Retrospective r on r.enrollment = e"
            + " left join FinalEvaluation f on f.enrollment = e"
            + " left join FollowUp u on u.enrollment = e"
            + " where" + COUNTED;

    String GROUPED = " group by c.id, c.name, c.startDate, c.endDate";

    @Override
    @Query(RESPONSES + GROUPED
            + " order by case when c.id = :preferred then 0 else 1 end, c.startDate desc, c.id desc")
    List<CohortResponses> responses(@Param("preferred") Long preferred, Pageable page);

    @Override
    @Query(RESPONSES + " and c.id = :cohortId" + GROUPED)
    Optional<CohortResponses> responsesOf(@Param("cohortId") long cohortId);

    @Override
    @Query("select new dev.ryugaku.core.retrospective.ScoreCount(c.id, r.recommendScore, count(r))"
            + " from Retrospective r join r.enrollment e join e.cohort c"
            + " where c.id in :cohortIds and r.recommendScore is not null and r.status = " + SUBMITTED + " and" + COUNTED
            + " group by c.id, r.recommendScore")
    List<ScoreCount> recommendCounts(@Param("cohortIds") Collection<Long> cohortIds);

    @Override
    @Query("select new dev.ryugaku.core.retrospective.ReadinessCount(c.id, f.readiness, count(f))"
            + " from FinalEvaluation f join f.enrollment e join e.cohort c"
            + " where c.id in :cohortIds and f.readiness is not null and f.status = " + SUBMITTED + " and" + COUNTED
            + " group by c.id, f.readiness")
    List<ReadinessCount> readinessCounts(@Param("cohortIds") Collection<Long> cohortIds);

    @Override
    @Query("select new dev.ryugaku.core.retrospective.RetrospectiveAnswer(r.learned, r.hardest, r.keep, r.problem,"
            + " r.tryNext, r.programFeedback)"
            + " from Retrospective r join r.enrollment e join e.cohort c"
            + " where c.id = :cohortId and r.status = " + SUBMITTED + " and" + COUNTED
            + " order by r.id")
    List<RetrospectiveAnswer> retrospectiveAnswers(@Param("cohortId") long cohortId, Pageable page);

    @Override
    @Query("select new dev.ryugaku.core.retrospective.FollowUpText(u.id, u.changedWork)"
            + " from FollowUp u join u.enrollment e join e.cohort c"
            + " where c.id = :cohortId and u.status = " + SUBMITTED + " and" + COUNTED
            + " order by u.id")
    List<FollowUpText> followUpTexts(@Param("cohortId") long cohortId, Pageable page);

    @Override
    @Query("select new dev.ryugaku.core.retrospective.FollowUpItemRow(u.id, i.kind, i.title, i.link)"
            + " from FollowUp u join u.items i where u.id in :followUpIds order by u.id, index(i)")
    List<FollowUpItemRow> followUpItems(@Param("followUpIds") Collection<Long> followUpIds);
}
