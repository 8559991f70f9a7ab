package dev.ryugaku.core.retrospective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * The program feedback read in bulk: each method is one query, whatever the number of cohorts or
 * answers. Only running and graduated rotations of cohorts that were not cancelled count.
 * Implemented in persistence.
 */
public interface FeedbackQueries {

    /**
     * The cohorts with running or graduated rotations, with their response counts: the {@code preferred}
     * one (if it has any and is not null) first, then the others latest first, as many as the page holds.
     */
    List<CohortResponses> responses(Long preferred, Pageable page);

    Optional<CohortResponses> responsesOf(long cohortId);

    /** Submitted retrospectives per cohort and recommend score. */
    List<ScoreCount> recommendCounts(Collection<Long> cohortIds);

    /** Submitted final evaluations per cohort and readiness. */
    List<ReadinessCount> readinessCounts(Collection<Long> cohortIds);

    /** The cohort's submitted retrospectives' texts, in the order they were first saved. */
    List<RetrospectiveAnswer> retrospectiveAnswers(long cohortId, Pageable page);

    /** The cohort's submitted follow-ups' texts, in the order they were first saved. */
    List<FollowUpText> followUpTexts(long cohortId, Pageable page);

    /** The items of these follow-ups, in their order. */
    List<FollowUpItemRow> followUpItems(Collection<Long> followUpIds);
}
