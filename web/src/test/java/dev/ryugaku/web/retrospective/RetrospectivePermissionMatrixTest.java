package dev.ryugaku.web.retrospective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.retrospective.EvaluationDraft;
import dev.ryugaku.core.retrospective.EvaluationService;
import dev.ryugaku.core.retrospective.FeedbackService;
import dev.ryugaku.core.retrospective.FollowUpDraft;
import dev.ryugaku.core.retrospective.FollowUpService;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.RetrospectiveDraft;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.retrospective.RetrospectiveSheet;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reads and writes what at the end of a rotation, decided by the services on the record: the
 * demo's 第1期 graduates 小林 (mentor 高橋, shared the comments about the mentor) and 吉田 (mentors
 * 高橋 and 伊藤, did not share them).
 */
@RyugakuTest
class RetrospectivePermissionMatrixTest {

    private static final String KOBAYASHI = DemoPeople.GRADUATE;
    private static final String YOSHIDA = "yoshida";

    @Autowired
    RetrospectiveService retrospectives;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    FollowUpService followUps;

    @Autowired
    FeedbackService feedback;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    RotationEnds ends;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * Reader, whose retrospective, and what they see: the texts, the comments about the mentor, the
     * program feedback, the individual recommend score.
     */
    static Stream<Arguments> retrospectiveMatrix() {
        return Stream.of(
                Arguments.of(DemoPeople.OWNER, KOBAYASHI, true, true, true, true),
                Arguments.of(DemoPeople.OWNER, YOSHIDA, true, true, true, true),
                Arguments.of(DemoPeople.MENTOR, KOBAYASHI, true, true, false, false),
                Arguments.of(DemoPeople.MENTOR, YOSHIDA, true, false, false, false),
                // 伊藤 mentors 吉田 and is a program owner: the relation decides before the role, so 伊藤 reads as the mentor
                Arguments.of(DemoPeople.OWNER_AND_MENTOR, YOSHIDA, true, false, false, false),
                // 伊藤 does not mentor 小林: there 伊藤 is an owner
                Arguments.of(DemoPeople.OWNER_AND_MENTOR, KOBAYASHI, true, true, true, true),
                Arguments.of(KOBAYASHI, KOBAYASHI, true, true, true, true),
                Arguments.of(KOBAYASHI, YOSHIDA, false, false, false, false),
                Arguments.of(DemoPeople.PARTICIPANT, KOBAYASHI, false, false, false, false),
                Arguments.of(DemoPeople.OTHER_MENTOR, KOBAYASHI, false, false, false, false));
    }

    @ParameterizedTest(name = "{0} reads {1}''s retrospective: {2}, mentor comments {3}, program feedback {4}, score {5}")
    @MethodSource("retrospectiveMatrix")
    void readingARetrospectiveIsDecidedOnTheRotation(String reader, String author, boolean reads, boolean mentorComments,
                                                     boolean programFeedback, boolean recommendScore) {
        long rotation = fixtures.idOf(author, "第1期");
        signIn.as(reader);
        if (!reads) {
            assertThatThrownBy(() -> retrospectives.get(rotation)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> retrospectives.overview(rotation)).isInstanceOf(RecordNotFoundException.class);
            return;
        }
        RetrospectiveSheet sheet = retrospectives.get(rotation);
        assertThat(sheet.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(sheet.content().learned()).isNotBlank();
        assertThat(sheet.showsRecommendScore()).isEqualTo(recommendScore);
        assertThat(sheet.content().recommendScore() != null).isEqualTo(recommendScore);
        assertThat(sheet.showsMentorComments()).isEqualTo(mentorComments);
        assertThat(sheet.content().mentorComments() != null).isEqualTo(mentorComments);
        assertThat(sheet.showsProgramFeedback()).isEqualTo(programFeedback);
        assertThat(sheet.content().programFeedback() != null).isEqualTo(programFeedback);
    }

    static Stream<Arguments> evaluationAndFollowUpMatrix() {
        return Stream.of(
                Arguments.of(DemoPeople.OWNER, true, true),
                // 伊藤 owns the program and does not mentor 小林
                Arguments.of(DemoPeople.OWNER_AND_MENTOR, true, true),
                Arguments.of(DemoPeople.MENTOR, true, false),
                Arguments.of(KOBAYASHI, true, true),
                Arguments.of(YOSHIDA, false, false),
                Arguments.of(DemoPeople.PARTICIPANT, false, false),
                Arguments.of(DemoPeople.OTHER_MENTOR, false, false));
    }

    @ParameterizedTest(name = "{0} reads 小林''s final evaluation: {1}, follow-up: {2}")
    @MethodSource("evaluationAndFollowUpMatrix")
    void theEvaluationIsReadByTheRotationAndTheFollowUpOnlyByTheGraduateAndOwners(String reader, boolean evaluation,
                                                                                 boolean followUp) {
        long rotation = fixtures.idOf(KOBAYASHI, "第1期");
        signIn.as(reader);
        if (evaluation) {
            assertThat(evaluations.get(rotation).content().readiness()).isEqualTo(OnCallReadiness.WITH_SUPPORT);
        } else {
            assertThatThrownBy(() -> evaluations.get(rotation)).isInstanceOf(RecordNotFoundException.class);
        }
        if (followUp) {
            assertThat(followUps.get(rotation).content().broughtBack()).isNotEmpty();
        } else {
            assertThatThrownBy(() -> followUps.get(rotation)).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void onlyTheParticipantWritesTheRetrospectiveAndOnlyAMentorTheEvaluation() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        long id = rotation.enrollmentId();
        RetrospectiveDraft retrospective = new RetrospectiveDraft("学んだ", null, null, null, null, null, null, false, 8);
        EvaluationDraft evaluation = new EvaluationDraft("よく頑張った", null, null, OnCallReadiness.READY);

        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> retrospectives.write(id, null, retrospective, false)).isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.OWNER);
        assertThatThrownBy(() -> retrospectives.write(id, null, retrospective, false)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> evaluations.write(id, null, evaluation, false))
                .as("an owner who does not mentor the rotation").isInstanceOf(NotPermittedException.class);
        signIn.as(rotation.login());
        assertThatThrownBy(() -> evaluations.write(id, null, evaluation, false)).isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.PARTICIPANT);
        assertThatThrownBy(() -> retrospectives.write(id, null, retrospective, false)).isInstanceOf(RecordNotFoundException.class);
        signIn.as(DemoPeople.OTHER_MENTOR);
        assertThatThrownBy(() -> evaluations.write(id, null, evaluation, false)).isInstanceOf(RecordNotFoundException.class);

        signIn.as(rotation.login());
        retrospectives.write(id, null, retrospective, true);
        signIn.as(DemoPeople.MENTOR);
        evaluations.write(id, null, evaluation, true);
        assertThat(evaluations.get(id).status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void aDraftIsItsAuthorsUntilSubmitted() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        long id = rotation.enrollmentId();
        signIn.as(rotation.login());
        retrospectives.write(id, null, new RetrospectiveDraft("まだ途中", null, null, null, null, "運営へ", "メンターへ", false,
                null), false);
        assertThat(retrospectives.get(id).content().learned()).isEqualTo("まだ途中");
        signIn.as(DemoPeople.MENTOR);
        evaluations.write(id, null, new EvaluationDraft("下書きの評価", null, null, null), false);

        for (String reader : List.of(DemoPeople.MENTOR, DemoPeople.OWNER)) {
            signIn.as(reader);
            RetrospectiveSheet sheet = retrospectives.get(id);
            assertThat(sheet.status()).as(reader).isNull();
            assertThat(sheet.content()).as(reader).isNull();
            assertThat(retrospectives.overview(id).retrospective()).isNull();
        }
        signIn.as(DemoPeople.MENTOR);
        assertThat(evaluations.get(id).content().summary()).isEqualTo("下書きの評価");
        signIn.as(DemoPeople.OWNER);
        assertThat(evaluations.get(id).content()).isNull();
        signIn.as(rotation.login());
        assertThat(evaluations.get(id).content()).isNull();
        assertThat(retrospectives.overview(id).evaluation()).isNull();
    }

    @Test
    void theFollowUpIsWrittenByTheGraduateAndHiddenFromTheirMentor() {
        FreshRotations.Fresh rotation = ends.graduated(10);
        long id = rotation.enrollmentId();
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> followUps.write(id, null, FollowUpDraft.empty(), false))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(retrospectives.overview(id).followUpShown()).isFalse();
        signIn.as(DemoPeople.OWNER);
        assertThatThrownBy(() -> followUps.write(id, null, FollowUpDraft.empty(), false))
                .isInstanceOf(NotPermittedException.class);
        assertThat(retrospectives.overview(id).followUpShown()).isTrue();
        signIn.as(rotation.login());
        followUps.write(id, null, new FollowUpDraft(List.of(), "オンコールに入るようになった"), true);
        signIn.as(DemoPeople.OWNER);
        assertThat(followUps.get(id).content().changedWork()).isEqualTo("オンコールに入るようになった");
    }

    @Test
    void anOwnerWhoMentorsTheRotationReadsItsRecordsAsItsMentor() {
        long yoshida = fixtures.idOf(YOSHIDA, "第1期");
        signIn.as(DemoPeople.OWNER_AND_MENTOR);
        assertThat(evaluations.get(yoshida).content()).as("writes and reads the evaluation as its mentor").isNotNull();
        assertThatThrownBy(() -> followUps.get(yoshida)).as("the follow-up is addressed to the owners, not to the mentor")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(retrospectives.overview(yoshida).followUpShown()).isFalse();
    }

    @Test
    void anOwnerEnrolledAsAParticipantWritesTheirRetrospectiveAsTheParticipant() {
        FreshRotations.Fresh rotation = ends.endingSoonOfAnOwner();
        long id = rotation.enrollmentId();
        signIn.as(rotation.login());
        retrospectives.write(id, null, new RetrospectiveDraft("学んだ", null, null, null, null, null, null, false, 8), true);
        assertThat(retrospectives.get(id).content().recommendScore()).isEqualTo(8);
        assertThatThrownBy(() -> evaluations.write(id, null, new EvaluationDraft("自己評価", null, null,
                OnCallReadiness.READY), false)).as("nobody evaluates their own rotation").isInstanceOf(NotPermittedException.class);
    }

    @Test
    void programFeedbackIsForOwnersOnly() {
        for (String notOwner : List.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT, DemoPeople.GRADUATE)) {
            signIn.as(notOwner);
            assertThatThrownBy(() -> feedback.page(null)).as(notOwner).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> feedback.cohort(fixtures.cohortId("第1期"))).isInstanceOf(NotPermittedException.class);
        }
        signIn.as(DemoPeople.OWNER_AND_MENTOR);
        assertThat(feedback.cohort(fixtures.cohortId("第1期")).answers()).hasSizeGreaterThanOrEqualTo(3);
    }
}
