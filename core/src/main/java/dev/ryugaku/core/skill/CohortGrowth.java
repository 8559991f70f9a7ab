package dev.ryugaku.core.skill;

import java.util.List;

/**
 * A cohort's skill growth: per skill the averages over its rotations, and over all.
 *
 * @param skills         per skill with at least one growth, in catalogue order
 * @param overallAverage mean growth over every (rotation, skill) pair that has one; null when none has
 * @param enrollments    how many rotations have at least one growth (the caller decides from how many to show it)
 * @param perEnrollment  each such rotation's mean growth
 */
public record CohortGrowth(long cohortId, List<SkillAverage> skills, Double overallAverage, int enrollments,
                           List<EnrollmentGrowth> perEnrollment) {

    public CohortGrowth {
        skills = List.copyOf(skills);
        perEnrollment = List.copyOf(perEnrollment);
    }

    public static CohortGrowth empty(long cohortId) {
        return new CohortGrowth(cohortId, List.of(), null, 0, List.of());
    }

    public boolean hasData() {
        return overallAverage != null;
    }
}
