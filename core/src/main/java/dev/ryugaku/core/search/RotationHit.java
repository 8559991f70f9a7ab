package dev.ryugaku.core.search;

import dev.ryugaku.core.enrollment.EnrollmentStatus;

/** A rotation (enrollment) found by its participant's or its cohort's name. */
public record RotationHit(long enrollmentId, String personName, String cohortName, EnrollmentStatus status) {
}
