package dev.ryugaku.core.skill;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.AssessmentVisibility.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skill growth from submitted assessments ({@link SkillGrowth} has the rules): a rotation's levels
 * across the phases for its participant, its mentors and owners — each seeing only what
 * {@link AssessmentVisibility} lets them — and cohort averages for program owners.
 */
@Service
public class SkillGrowthService {

    private final SkillAssessmentRepository assessments;
    private final SkillAreaRepository areas;
    private final RotationAccess rotations;
    private final CurrentActor currentActor;

    public SkillGrowthService(SkillAssessmentRepository assessments, SkillAreaRepository areas,
                              RotationAccess rotations, CurrentActor currentActor) {
        this.assessments = assessments;
        this.areas = areas;
        this.rotations = rotations;
        this.currentActor = currentActor;
    }

    /** A rotation's submitted levels by skill, side and phase, as the actor may see them, with each skill's growth. */
    @Transactional(readOnly = true)
    public ParticipantGrowth participantGrowth(long enrollmentId) {
        Actor actor = currentActor.get();
        Enrollment rotation = rotations.visible(actor, enrollmentId, "read skill growth");
        Viewer viewer = AssessmentVisibility.viewerOf(rotation, actor);
        long cohortId = rotation.getCohort().getId();
        List<RatingPoint> points = AssessmentVisibility.visible(viewer, assessments.findByEnrollmentWithRatings(enrollmentId))
                .stream().filter(SkillAssessment::isSubmitted)
                .flatMap(a -> a.getRatings().entrySet().stream().map(r -> new RatingPoint(cohortId, enrollmentId,
                        a.getPhase(), a.getSide(), r.getKey(), r.getValue().getLevel())))
                .toList();
        return new ParticipantGrowth(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getName(),
                SkillGrowth.progress(points, catalogue()));
    }

    /**
     * The cohort's average growth per skill and overall, over its rotations (not withdrawn) with
     * submitted START and later assessments. Program owners only.
     */
    @Transactional(readOnly = true)
    public CohortGrowth cohortAverageGrowth(long cohortId) {
        return cohortAverageGrowth(List.of(cohortId)).get(cohortId);
    }

    /**
     * {@link #cohortAverageGrowth(long)} for several cohorts at once — two queries whatever their
     * number — keyed by cohort id in the order given; a cohort without ratings maps to an empty
     * growth ({@link CohortGrowth#hasData()} false). Program owners only.
     */
    @Transactional(readOnly = true)
    public Map<Long, CohortGrowth> cohortAverageGrowth(Collection<Long> cohortIds) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        List<Long> ids = cohortIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SkillGrowth.cohorts(ids, assessments.findSubmittedPoints(ids), catalogue());
    }

    private List<SkillRef> catalogue() {
        return areas.findAllByOrderBySortOrderAscIdAsc().stream().map(SkillArea::toRef).toList();
    }
}
