package dev.ryugaku.core.enrollment;

/** Published inside the transaction that changes an enrollment's dates or mentors. */
public record EnrollmentUpdated(long enrollmentId) {
}
