package dev.ryugaku.core.enrollment;

/** Published inside the transaction that graduates a rotation: the program channel is told. */
public record EnrollmentGraduated(long enrollmentId) {
}
