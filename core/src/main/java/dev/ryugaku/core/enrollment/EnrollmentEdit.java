package dev.ryugaku.core.enrollment;

/** An enrollment opened for editing, with the version it was read at and whom it concerns. */
public record EnrollmentEdit(long id, long version, String personName, String cohortName, EnrollmentDraft draft) {
}
