package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationRelation;
import dev.ryugaku.core.security.Actor;

/**
 * Who reads and writes what of a rotation's retrospective, final evaluation and follow-up. The
 * relation to the rotation decides before the role: its participant reads as the participant and
 * its mentor as a mentor even when they also own the program (an owner who mentors the rotation
 * must not read the comments about themselves that were not shared with them). Owner rights apply
 * to owners who hold no part in the rotation. Anybody who holds none sees nothing at all.
 *
 * <ul>
 *   <li>The participant writes the retrospective and the follow-up and reads them whole, drafts
 *       included; they read the final evaluation once it is submitted.</li>
 *   <li>The rotation's mentors write the final evaluation (drafts included); they read the
 *       submitted retrospective except the comments about the mentor, unless the participant shared
 *       them, and never the feedback to the program; they do not read the follow-up, which is
 *       addressed to the program owners. They never read the individual recommend score (0–10).</li>
 *   <li>Program owners read everything that was submitted. A draft is its author's until submitted.</li>
 * </ul>
 */
public record RetrospectiveAccess(boolean owner, boolean participant, boolean mentor) {

    public static RetrospectiveAccess of(Actor actor, Enrollment rotation) {
        RotationRelation relation = RotationRelation.of(actor, rotation);
        return new RetrospectiveAccess(relation == RotationRelation.OWNER, relation == RotationRelation.PARTICIPANT,
                relation == RotationRelation.MENTOR);
    }

    /** Holds any part in the rotation: may know that these records exist. */
    public boolean any() {
        return owner || participant || mentor;
    }

    public boolean writesRetrospective() {
        return participant;
    }

    public boolean readsRetrospective(SubmissionStatus status) {
        return participant || (status == SubmissionStatus.SUBMITTED && (owner || mentor));
    }

    public boolean readsMentorComments(boolean shared) {
        return participant || owner || (mentor && shared);
    }

    /** The individual score reaches the participant and owners; the program page shows it only in aggregate. */
    public boolean readsRecommendScore() {
        return participant || owner;
    }

    public boolean readsProgramFeedback() {
        return participant || owner;
    }

    public boolean writesEvaluation() {
        return mentor;
    }

    public boolean readsEvaluation(SubmissionStatus status) {
        return mentor || (status == SubmissionStatus.SUBMITTED && (owner || participant));
    }

    public boolean writesFollowUp() {
        return participant;
    }

    /** Whether the follow-up's page exists for this person at all. */
    public boolean seesFollowUp() {
        return participant || owner;
    }

    public boolean readsFollowUp(SubmissionStatus status) {
        return participant || (status == SubmissionStatus.SUBMITTED && owner);
    }
}
