package dev.ryugaku.core.skill;

/**
 * One phase of a rotation's assessments as the reader sees it.
 *
 * @param selfStatus   how far the participant is (null: not started) — always shown, the content only when visible
 * @param mentorStatus the same for the mentors' side
 * @param self         the participant's assessment, or null when there is none or the reader may not read it yet
 * @param mentor       the mentors' assessment, likewise
 * @param mayWrite     whether the reader can save or submit their side now
 */
public record PhaseSheet(PhaseWindow window, AssessmentStatus selfStatus, AssessmentStatus mentorStatus,
                         AssessmentView self, AssessmentView mentor, boolean mayWrite) {

    public AssessmentPhase phase() {
        return window.phase();
    }

    public boolean bothSubmitted() {
        return selfStatus == AssessmentStatus.SUBMITTED && mentorStatus == AssessmentStatus.SUBMITTED;
    }

    /** The reader's own side, if they write one and it exists. */
    public AssessmentView of(AssessmentSide side) {
        return side == AssessmentSide.SELF ? self : mentor;
    }

    public AssessmentStatus statusOf(AssessmentSide side) {
        return side == AssessmentSide.SELF ? selfStatus : mentorStatus;
    }
}
