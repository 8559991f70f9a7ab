package dev.ryugaku.core.retrospective;

import java.util.List;

/**
 * The owners' feedback page: the comparison across cohorts (latest first) and the chosen cohort.
 *
 * @param growthShown whether average growth is known at all (a {@link CohortGrowthSource} exists)
 * @param selected    the chosen cohort, else the latest one with a submitted retrospective; null without any cohort
 */
public record FeedbackPage(List<CohortComparison> comparison, boolean growthShown, CohortFeedback selected) {

    public FeedbackPage {
        comparison = List.copyOf(comparison);
    }
}
