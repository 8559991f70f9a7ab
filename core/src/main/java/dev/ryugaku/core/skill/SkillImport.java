package dev.ryugaku.core.skill;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records skill assessments as they already are, past phases included, and mentors' declared
 * areas: for the demo program and data loading. It bypasses the service's windows and checks on purpose and no screen reaches it.
 */
@Component
public class SkillImport {

    private final SkillAssessmentRepository assessments;
    private final SkillAreaRepository areas;
    private final MentorMatchingRepository declared;

    public SkillImport(SkillAssessmentRepository assessments, SkillAreaRepository areas, MentorMatchingRepository declared) {
        this.assessments = assessments;
        this.areas = areas;
        this.declared = declared;
    }

    /** The areas a mentor declares as their strongest (得意分野), by id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void declare(Person mentor, List<Long> areaIds) {
        areaIds.forEach(area -> declared.save(new DeclaredSkillArea(mentor.getId(), area)));
    }

    /** The active areas in catalogue order, for the levels given to {@link #assessment}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> activeAreas() {
        return areas.findAllByOrderBySortOrderAscIdAsc().stream().filter(SkillArea::isActive).map(SkillArea::getId).toList();
    }

    /**
     * One side's assessment of a phase: {@code levels} by area id; {@code submittedAt} null leaves it
     * a draft saved at {@code savedAt}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assessment(Enrollment rotation, AssessmentPhase phase, AssessmentSide side, Person author,
                           Map<Long, Integer> levels, Map<Long, String> comments, Instant savedAt, Instant submittedAt) {
        Map<Long, SkillRating> ratings = new HashMap<>();
        levels.forEach((area, level) -> ratings.put(area, new SkillRating(level, comments.get(area))));
        SkillAssessment assessment = new SkillAssessment(rotation, phase, side);
        assessment.write(ratings, author, savedAt);
        if (submittedAt != null) {
            assessment.submit(submittedAt);
        }
        assessments.save(assessment);
    }
}
