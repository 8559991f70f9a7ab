package dev.ryugaku.core.retrospective;

import java.math.BigDecimal;

/**
 * One cohort's row in the comparison across cohorts. Each figure is null when fewer than
 * {@link AggregateThreshold#MINIMUM_ANSWERS} answers went into it.
 *
 * @param averageGrowth the cohort's average skill growth, from {@link CohortGrowthSource}; null also
 *                      when no source is there
 */
public record CohortComparison(CohortResponses responses, Integer nps, ReadinessCounts readiness,
                               BigDecimal averageGrowth) {
}
