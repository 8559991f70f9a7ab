package dev.ryugaku.core.dashboard;

import java.math.BigDecimal;

/**
 * One figure of a cohort as the dashboard's single aggregate query returns it: which metric, for
 * which key (a status, a category, an incident role; empty when the metric has none), and one or
 * two numbers.
 */
public record KpiRow(long cohortId, Metric metric, String key, BigDecimal first, BigDecimal second) {

    public enum Metric {
        /** participants by enrollment status: first = count */
        PARTICIPANTS,
        /** tasks by status: first = count */
        TASK_STATUS,
        /** tasks by category: first = count */
        TASK_CATEGORY,
        /** DONE tasks' measured impact: first = cost saved per month, second = toil hours saved per month */
        IMPACT,
        /** check-ins due so far (not cancelled): first = held, second = due */
        CHECK_INS,
        /** held check-ins' well-being: first = sum, second = count */
        WELL_BEING,
        /**
         * participants who reached incident roles, two per row: the key names them ("OBSERVER/SHADOW"),
         * first and second count those who played each
         */
        LADDER,
        /** logged time: first = toil minutes, second = all minutes */
        TOIL
    }
}
