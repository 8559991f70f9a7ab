package dev.ryugaku.core.cohort;

/** Published inside the transaction that changes a cohort: its active rotations re-plan their check-ins. */
public record CohortUpdated(long cohortId) {
}
