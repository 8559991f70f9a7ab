package dev.ryugaku.core.retrospective;

import static dev.ryugaku.core.retrospective.SubmissionStatus.DRAFT;
import static dev.ryugaku.core.retrospective.SubmissionStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who reads and writes what of a rotation's end: the visibility rules of the permission matrix. */
class RetrospectiveAccessTest {

    private static final RetrospectiveAccess PARTICIPANT = new RetrospectiveAccess(false, true, false);
    private static final RetrospectiveAccess MENTOR = new RetrospectiveAccess(false, false, true);
    private static final RetrospectiveAccess OWNER = new RetrospectiveAccess(true, false, false);
    private static final RetrospectiveAccess OWNER_WHO_MENTORS = new RetrospectiveAccess(true, false, true);
    private static final RetrospectiveAccess STRANGER = new RetrospectiveAccess(false, false, false);

    @Test
    void theParticipantWritesAndReadsTheirRetrospectiveWhole() {
        assertThat(PARTICIPANT.writesRetrospective()).isTrue();
        assertThat(PARTICIPANT.readsRetrospective(DRAFT)).isTrue();
        assertThat(PARTICIPANT.readsMentorComments(false)).isTrue();
        assertThat(PARTICIPANT.readsProgramFeedback()).isTrue();
    }

    @Test
    void theMentorReadsTheSubmittedRetrospectiveWithoutProgramFeedbackAndUnsharedComments() {
        assertThat(MENTOR.writesRetrospective()).isFalse();
        assertThat(MENTOR.readsRetrospective(DRAFT)).isFalse();
        assertThat(MENTOR.readsRetrospective(SUBMITTED)).isTrue();
        assertThat(MENTOR.readsMentorComments(false)).isFalse();
        assertThat(MENTOR.readsMentorComments(true)).isTrue();
        assertThat(MENTOR.readsProgramFeedback()).isFalse();
    }

    @Test
    void ownersReadEverythingSubmittedButNoDraft() {
        assertThat(OWNER.readsRetrospective(SUBMITTED)).isTrue();
        assertThat(OWNER.readsRetrospective(DRAFT)).isFalse();
        assertThat(OWNER.readsMentorComments(false)).isTrue();
        assertThat(OWNER.readsProgramFeedback()).isTrue();
        assertThat(OWNER.readsEvaluation(SUBMITTED)).isTrue();
        assertThat(OWNER.readsEvaluation(DRAFT)).isFalse();
        assertThat(OWNER.readsFollowUp(SUBMITTED)).isTrue();
        assertThat(OWNER.readsFollowUp(DRAFT)).isFalse();
        assertThat(OWNER.writesRetrospective() || OWNER.writesEvaluation() || OWNER.writesFollowUp()).isFalse();
    }

    @Test
    void theMentorWritesTheEvaluationWhichTheParticipantReadsOnceSubmitted() {
        assertThat(MENTOR.writesEvaluation()).isTrue();
        assertThat(MENTOR.readsEvaluation(DRAFT)).isTrue();
        assertThat(PARTICIPANT.writesEvaluation()).isFalse();
        assertThat(PARTICIPANT.readsEvaluation(DRAFT)).isFalse();
        assertThat(PARTICIPANT.readsEvaluation(SUBMITTED)).isTrue();
    }

    @Test
    void theFollowUpIsBetweenTheGraduateAndTheOwners() {
        assertThat(PARTICIPANT.writesFollowUp()).isTrue();
        assertThat(PARTICIPANT.readsFollowUp(DRAFT)).isTrue();
        assertThat(MENTOR.seesFollowUp()).isFalse();
        assertThat(MENTOR.readsFollowUp(SUBMITTED)).isFalse();
        assertThat(OWNER.seesFollowUp()).isTrue();
    }

    @Test
    void anOwnerWhoMentorsTheRotationHasTheRightsOfBoth() {
        assertThat(OWNER_WHO_MENTORS.writesEvaluation()).isTrue();
        assertThat(OWNER_WHO_MENTORS.readsMentorComments(false)).isTrue();
        assertThat(OWNER_WHO_MENTORS.seesFollowUp()).isTrue();
    }

    @Test
    void anyoneElseSeesNothing() {
        assertThat(STRANGER.any()).isFalse();
        assertThat(STRANGER.readsRetrospective(SUBMITTED)).isFalse();
        assertThat(STRANGER.readsMentorComments(true)).isFalse();
        assertThat(STRANGER.readsProgramFeedback()).isFalse();
        assertThat(STRANGER.readsEvaluation(SUBMITTED)).isFalse();
        assertThat(STRANGER.seesFollowUp()).isFalse();
    }
}
