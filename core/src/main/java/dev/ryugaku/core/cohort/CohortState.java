package dev.ryugaku.core.cohort;

/** What a program owner decided about a cohort; the dates decide the rest of its status. */
public enum CohortState {
    DRAFT,
    SCHEDULED,
    CANCELLED
}
