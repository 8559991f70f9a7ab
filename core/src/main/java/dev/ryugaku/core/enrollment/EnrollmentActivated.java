package dev.ryugaku.core.enrollment;

/** Published inside the transaction that makes a rotation ACTIVE: its check-ins are planned then. */
public record EnrollmentActivated(long enrollmentId) {
}
