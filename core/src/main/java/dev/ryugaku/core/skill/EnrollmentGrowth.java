package dev.ryugaku.core.skill;

/** One rotation's mean growth over its skills with a growth, for the cohort's table. */
public record EnrollmentGrowth(long enrollmentId, double averageGrowth, int skills) {
}
