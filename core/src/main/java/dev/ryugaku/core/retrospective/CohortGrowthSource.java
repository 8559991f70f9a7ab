package dev.ryugaku.core.retrospective;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Average skill growth per cohort, for the comparison across cohorts on the feedback page. The
 * skills feature supplies it as a bean; without one the comparison has no growth column.
 */
public interface CohortGrowthSource {

    /**
     * Per cohort id: the average growth of its participants, and over how many participants it was
     * computed (the figure is withheld below {@link AggregateThreshold#MINIMUM_ANSWERS}). Cohorts
     * without any growth measured may be left out. One or a few queries for all cohorts.
     */
    Map<Long, CohortGrowth> averageGrowth(Collection<Long> cohortIds);

    record CohortGrowth(BigDecimal average, long participants) {
    }
}
