package dev.ryugaku.core.enrollment;

/** A mentor of at least one current enrollment in a cohort. */
public record CohortMentor(long cohortId, long mentorId, String mentorName) {
}
