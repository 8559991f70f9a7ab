package dev.ryugaku.core.retrospective;

import java.util.List;

/**
 * Everything the owners learn from one cohort.
 *
 * @param recommend the recommend scores and NPS; null when fewer than {@link AggregateThreshold#MINIMUM_ANSWERS}
 *                  retrospectives were submitted
 * @param readiness the final evaluations' readiness counts; null when fewer than that were submitted
 * @param answers   the retrospectives' texts; empty when fewer than that were submitted ({@link #textsWithheld()})
 */
public record CohortFeedback(CohortResponses responses, RecommendScores recommend, ReadinessCounts readiness,
                             List<RetrospectiveAnswer> answers, List<FollowUpAnswer> followUps) {

    public CohortFeedback {
        answers = List.copyOf(answers);
        followUps = List.copyOf(followUps);
    }

    /** Whether the retrospectives' texts are withheld because too few were submitted: one text would name its writer. */
    public boolean textsWithheld() {
        return !AggregateThreshold.allows(responses.retrospectives());
    }
}
