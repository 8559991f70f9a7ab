package dev.ryugaku.core.retrospective;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How many of a cohort's rotations (running or graduated) have answered: retrospectives and final
 * evaluations submitted, and follow-ups submitted by its graduates.
 */
public record CohortResponses(long cohortId, String cohortName, LocalDate startDate, LocalDate endDate, long rotations,
                              long graduates, long retrospectives, long evaluations, long followUps) {

    /** Submitted retrospectives per rotation, in whole percent; null without rotations. */
    public Integer retrospectiveRate() {
        return percent(retrospectives, rotations);
    }

    public Integer evaluationRate() {
        return percent(evaluations, rotations);
    }

    /** Submitted follow-ups per graduate, in whole percent; null without graduates. */
    public Integer followUpRate() {
        return percent(followUps, graduates);
    }

    /** A share in whole percent, halves rounded up; null when there is nothing to share. */
    public static Integer percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
