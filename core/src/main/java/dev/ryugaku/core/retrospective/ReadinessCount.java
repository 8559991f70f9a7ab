package dev.ryugaku.core.retrospective;

/** How many submitted final evaluations of a cohort judged this readiness. */
public record ReadinessCount(long cohortId, OnCallReadiness readiness, long count) {
}
