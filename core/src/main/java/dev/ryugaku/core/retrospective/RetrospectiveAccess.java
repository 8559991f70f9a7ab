package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.security.Actor;

/**
 * Who reads and writes what of a rotation's retrospective, final evaluation and follow-up. A person
 * may hold several of the three parts (an owner who mentors the rotation), and then has the rights
 * of each. Anybody who holds none sees nothing at all.
 *
 * <ul>
 *   <li>The participant writes the retrospective and the follow-up and reads them whole, drafts
 *       included; they read the final evaluation once it is submitted.</li>
 *   <li>The rotation's mentors write the final evaluation (drafts included); they read the
 *       submitted retrospective except the comments about the mentor, unless the participant shared
 *       them, and never the feedback to the program; they do not read the follow-up, which is
 *       addressed to the program owners.</li>
 *   <li>Program owners read everything that was submitted. A draft is its author's until submitted.</li>
 * </ul>
 */
public record RetrospectiveAccess(boolean owner, boolean participant, boolean mentor) {

    public static RetrospectiveAccess of(Actor actor, Enrollment rotation) {
        return new RetrospectiveAccess(actor.isOwner(), rotation.isParticipant(actor.personId()),
                rotation.isMentor(actor.personId()));
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
