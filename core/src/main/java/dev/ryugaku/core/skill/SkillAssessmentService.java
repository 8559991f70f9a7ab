package dev.ryugaku.core.skill;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.skill.AssessmentVisibility.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * スキル評価: at START, MID and END of a rotation the participant rates themselves and a mentor
 * rates them, area by area. Each side keeps a draft until it submits; a submitted assessment is
 * final. Who reads what is {@link AssessmentVisibility}; when is {@link AssessmentWindows}.
 */
@Service
public class SkillAssessmentService {

    public static final String RECORD_TYPE = "SkillAssessment";

    private final SkillAssessmentRepository assessments;
    private final SkillAreaRepository areas;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final RotationAccess rotations;
    private final AuditLog auditLog;
    private final Clock clock;

    public SkillAssessmentService(SkillAssessmentRepository assessments, SkillAreaRepository areas,
                                  PersonRepository people, CurrentActor currentActor,
                                  RotationAccess rotations, AuditLog auditLog, Clock clock) {
        this.assessments = assessments;
        this.areas = areas;
        this.people = people;
        this.currentActor = currentActor;
        this.rotations = rotations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The actor's own rotation for the skills page: one with a phase open today, else the active one,
     * else the next planned one, else the last one they graduated from.
     */
    @Transactional(readOnly = true)
    public Optional<Long> myRotation() {
        return rotations.myRotation(SkillAssessmentService::priority);
    }

    private static int priority(Enrollment rotation, LocalDate today) {
        if (windows(rotation).stream().anyMatch(window -> window.isOpen(today))) {
            return 3;
        }
        return switch (rotation.getStatus()) {
            case ACTIVE -> 2;
            case PLANNED -> 1;
            default -> 0;
        };
    }

    /** The rotation's three phases as the actor may see them, with what the actor may write. */
    @Transactional(readOnly = true)
    public SkillSheet sheet(long enrollmentId) {
        Actor actor = currentActor.get();
        Enrollment rotation = rotations.visible(actor, enrollmentId, "read skill assessments");
        Viewer viewer = AssessmentVisibility.viewerOf(rotation, actor);
        AssessmentSide writes = AssessmentVisibility.writer(rotation, actor);
        List<SkillAssessment> all = assessments.findByEnrollmentWithRatings(enrollmentId);
        LocalDate today = actor.today(clock);
        List<PhaseSheet> phases = new ArrayList<>();
        Set<Long> shownAreas = new HashSet<>();
        for (PhaseWindow window : windows(rotation)) {
            SkillAssessment self = find(all, window.phase(), AssessmentSide.SELF);
            SkillAssessment mentor = find(all, window.phase(), AssessmentSide.MENTOR);
            boolean both = AssessmentVisibility.bothSubmitted(all, window.phase());
            AssessmentView selfView = self != null && AssessmentVisibility.sees(viewer, AssessmentSide.SELF, both) ? view(self) : null;
            AssessmentView mentorView = mentor != null && AssessmentVisibility.sees(viewer, AssessmentSide.MENTOR, both)
                    ? view(mentor) : null;
            for (AssessmentView shown : new AssessmentView[] {selfView, mentorView}) {
                if (shown != null) {
                    shownAreas.addAll(shown.ratings().keySet());
                }
            }
            SkillAssessment own = writes == null ? null : writes == AssessmentSide.SELF ? self : mentor;
            boolean mayWrite = writes != null && rotation.getStatus() != EnrollmentStatus.WITHDRAWN && window.isOpen(today)
                    && (own == null || !own.isSubmitted());
            phases.add(new PhaseSheet(window, self == null ? null : self.getStatus(), mentor == null ? null : mentor.getStatus(),
                    selfView, mentorView, mayWrite));
        }
        List<SkillRef> skills = areas.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(a -> a.isActive() || shownAreas.contains(a.getId())).map(SkillArea::toRef).toList();
        return new SkillSheet(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getId(),
                rotation.getCohort().getName(), writes, skills, phases);
    }

    /**
     * Saves the actor's side of the phase as a draft. {@code expectedVersion} is the version the form
     * was read at, null when there was no draft yet. Returns the assessment's id.
     */
    @Transactional
    public long saveDraft(long enrollmentId, AssessmentPhase phase, Long expectedVersion, List<RatingInput> ratings) {
        return write(enrollmentId, phase, expectedVersion, ratings, false);
    }

    /**
     * Submits the actor's side of the phase: every active area needs a level. Final from now on; the
     * other side reads it once it has submitted too.
     */
    @Transactional
    public long submit(long enrollmentId, AssessmentPhase phase, Long expectedVersion, List<RatingInput> ratings) {
        return write(enrollmentId, phase, expectedVersion, ratings, true);
    }

    private long write(long enrollmentId, AssessmentPhase phase, Long expectedVersion, List<RatingInput> inputs,
                       boolean submitting) {
        Actor actor = currentActor.get();
        Enrollment rotation = rotations.visible(actor, enrollmentId, "write skill assessment");
        AssessmentSide side = AssessmentVisibility.writer(rotation, actor);
        if (side == null) {
            throw AccessDenials.refused(actor, "write skill assessment", "Enrollment", enrollmentId);
        }
        if (rotation.getStatus() == EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInputException(List.of(Violation.of("phase", AssessmentProblem.ROTATION_WITHDRAWN)));
        }
        InvalidInputException.throwIfAny(AssessmentRules.checkWindow(windows(rotation).get(phase.ordinal()),
                actor.today(clock)));
        SkillAssessment assessment = find(assessments.findByEnrollmentWithRatings(enrollmentId), phase, side);
        if (assessment != null && assessment.isSubmitted()) {
            throw new InvalidInputException(List.of(Violation.of("phase", AssessmentProblem.ALREADY_SUBMITTED)));
        }
        Versions.requireNullable(assessment == null ? null : assessment.getVersion(), expectedVersion, RECORD_TYPE,
                enrollmentId + "/" + phase + "/" + side);
        List<Long> active = areas.findAllByOrderBySortOrderAscIdAsc().stream().filter(SkillArea::isActive)
                .map(SkillArea::getId).toList();
        InvalidInputException.throwIfAny(AssessmentRules.checkRatings(inputs, active, submitting));

        Map<Long, SkillRating> ratings = new HashMap<>();
        inputs.stream().filter(i -> i.level() != null && active.contains(i.skillAreaId()))
                .forEach(i -> ratings.put(i.skillAreaId(), new SkillRating(i.level(), Texts.trimToNull(i.comment()))));
        if (assessment == null) {
            assessment = new SkillAssessment(rotation, phase, side);
        }
        Instant now = clock.instant();
        assessment.write(ratings, people.findById(actor.personId()).orElseThrow(), now);
        if (submitting) {
            assessment.submit(now);
        }
        SkillAssessment saved = assessments.save(assessment);
        if (submitting) {
            auditLog.record(actor, "SKILL_ASSESSMENT_SUBMITTED", RECORD_TYPE, saved.getId());
        }
        return saved.getId();
    }

    static List<PhaseWindow> windows(Enrollment rotation) {
        return AssessmentWindows.of(rotation.effectiveStart(), rotation.effectiveEnd(),
                rotation.getCohort().getMidTermReviewDate());
    }

    private static SkillAssessment find(List<SkillAssessment> all, AssessmentPhase phase, AssessmentSide side) {
        return all.stream().filter(a -> a.getPhase() == phase && a.getSide() == side).findFirst().orElse(null);
    }

    private static AssessmentView view(SkillAssessment assessment) {
        Map<Long, AssessmentView.RatingView> ratings = new HashMap<>();
        assessment.getRatings().forEach((area, rating) ->
                ratings.put(area, new AssessmentView.RatingView(rating.getLevel(), rating.getComment())));
        return new AssessmentView(assessment.getId(), assessment.getVersion(), assessment.getSide(), assessment.getStatus(),
                assessment.getAuthor().getDisplayName(), assessment.getUpdatedAt(), assessment.getSubmittedAt(), ratings);
    }
}
