package dev.ryugaku.core.skill;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.security.Actor;
import java.util.List;

/**
 * Who reads which assessment of a rotation. The participant and the mentors always read their own
 * side and read the other side of a phase only once both sides have submitted it, so that neither
 * rating leans on the other; program owners read everything; anyone else reads nothing.
 */
public final class AssessmentVisibility {

    /** How the reader stands to the rotation. */
    public enum Viewer {
        PARTICIPANT,
        MENTOR,
        OWNER,
        NONE;

        /** The side this viewer writes, or null for one who only reads (owners) or nothing. */
        public AssessmentSide writes() {
            return switch (this) {
                case PARTICIPANT -> AssessmentSide.SELF;
                case MENTOR -> AssessmentSide.MENTOR;
                default -> null;
            };
        }
    }

    private AssessmentVisibility() {
    }

    /**
     * The participant counts as the participant even if they also hold another role; an owner who
     * mentors the rotation reads as an owner but writes as its mentor ({@link #writer}).
     */
    public static Viewer viewerOf(Enrollment rotation, Actor actor) {
        if (rotation.isParticipant(actor.personId())) {
            return Viewer.PARTICIPANT;
        }
        if (actor.isOwner()) {
            return Viewer.OWNER;
        }
        return rotation.isMentor(actor.personId()) ? Viewer.MENTOR : Viewer.NONE;
    }

    /** The side the actor writes on the rotation, or null. */
    public static AssessmentSide writer(Enrollment rotation, Actor actor) {
        if (rotation.isParticipant(actor.personId())) {
            return AssessmentSide.SELF;
        }
        return rotation.isMentor(actor.personId()) ? AssessmentSide.MENTOR : null;
    }

    /** Whether the viewer reads the side's assessment of a phase, given whether both sides have submitted it. */
    public static boolean sees(Viewer viewer, AssessmentSide side, boolean bothSubmitted) {
        return switch (viewer) {
            case OWNER -> true;
            case PARTICIPANT, MENTOR -> viewer.writes() == side || bothSubmitted;
            case NONE -> false;
        };
    }

    /** Whether both sides have submitted the phase, among a rotation's assessments. */
    public static boolean bothSubmitted(List<SkillAssessment> assessments, AssessmentPhase phase) {
        return assessments.stream().filter(a -> a.getPhase() == phase && a.isSubmitted()).count() == 2;
    }

    /** The rotation's assessments the viewer may read. */
    public static List<SkillAssessment> visible(Viewer viewer, List<SkillAssessment> assessments) {
        return assessments.stream().filter(a -> sees(viewer, a.getSide(), bothSubmitted(assessments, a.getPhase()))).toList();
    }
}
