package dev.ryugaku.core.skill;

import java.util.Collection;
import java.util.List;

public interface SkillAssessmentRepository {

    SkillAssessment save(SkillAssessment assessment);

    /** The rotation's assessments (at most six) with their ratings and authors: one query. */
    List<SkillAssessment> findByEnrollmentWithRatings(long enrollmentId);

    /** Whether any assessment, draft or submitted, rates the area. */
    boolean isRated(long skillAreaId);

    /** Every submitted rating of the cohorts' rotations that were not withdrawn: one query for all cohorts. */
    List<RatingPoint> findSubmittedPoints(Collection<Long> cohortIds);
}
