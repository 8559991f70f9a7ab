package dev.ryugaku.core.cohort;

/** A cohort opened for editing: its values, and the version they were read at. */
public record CohortEdit(long id, long version, CohortDraft draft) {
}
