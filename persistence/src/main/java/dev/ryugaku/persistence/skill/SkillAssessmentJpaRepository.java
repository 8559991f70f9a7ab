package dev.ryugaku.persistence.skill;

import dev.ryugaku.core.skill.RatingPoint;
import dev.ryugaku.core.skill.SkillAssessment;
import dev.ryugaku.core.skill.SkillAssessmentRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Skill assessments: a rotation's are one query with their ratings; a set of cohorts' ratings are one query. */
interface SkillAssessmentJpaRepository extends JpaRepository<SkillAssessment, Long>, SkillAssessmentRepository {

    @Override
    @Query("""
            select distinct a from SkillAssessment a join fetch a.author left join fetch a.ratings
            where a.enrollment.id = :enrollmentId
            """)
    List<SkillAssessment> findByEnrollmentWithRatings(@Param("enrollmentId") long enrollmentId);

    @Override
    @Query("select count(key(r)) > 0 from SkillAssessment a join a.ratings r where key(r) = :skillAreaId")
    boolean isRated(@Param("skillAreaId") long skillAreaId);

    @Override
    @Query("""
            select new dev.ryugaku.core.skill.RatingPoint(e.cohort.id, e.id, a.phase, a.side, key(r), r.level)
            from SkillAssessment a join a.enrollment e join a.ratings r
            where e.cohort.id in :cohortIds
              and a.status = dev.ryugaku.core.skill.AssessmentStatus.SUBMITTED
              and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN
            """)
    List<RatingPoint> findSubmittedPoints(@Param("cohortIds") Collection<Long> cohortIds);
}
