package dev.ryugaku.web.retrospective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.retrospective.BroughtBack;
import dev.ryugaku.core.retrospective.BroughtBackKind;
import dev.ryugaku.core.retrospective.EvaluationDraft;
import dev.ryugaku.core.retrospective.EvaluationService;
import dev.ryugaku.core.retrospective.FollowUpDraft;
import dev.ryugaku.core.retrospective.FollowUpService;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.RetrospectiveDraft;
import dev.ryugaku.core.retrospective.RetrospectiveProblem;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.core.retrospective.WritingDue;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of the end of a rotation, as the services apply them. */
@RyugakuTest
class RetrospectiveServiceTest {

    private static final RetrospectiveDraft COMPLETE = new RetrospectiveDraft("SLOの考え方", "夜間対応", "1on1", "情報不足",
            "アラート棚卸し", "オンボーディング資料がほしい", "丁寧なレビュー", false, 9);

    @Autowired
    RetrospectiveService retrospectives;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    FollowUpService followUps;

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

    private static List<Object> reasons(InvalidInputException invalid) {
        return invalid.violations().stream().map(Violation::reason).map(Object.class::cast).toList();
    }

    @Test
    void theRetrospectiveCannotBeWrittenBeforeTwoWeeksBeforeTheEnd() {
        long tanaka = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.PARTICIPANT);
        var sheet = retrospectives.get(tanaka);
        assertThat(sheet.open()).isFalse();
        assertThat(sheet.mayWrite()).isFalse();
        assertThat(sheet.opensOn()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThatThrownBy(() -> retrospectives.write(tanaka, null, COMPLETE, true))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(reasons(invalid)).containsExactly(RetrospectiveProblem.NOT_OPEN_YET);
                    assertThat(invalid.violations().getFirst().arguments()).containsExactly(LocalDate.of(2027, 3, 17));
                });
        assertThat(retrospectives.myRetrospectivesToWrite()).isEmpty();
    }

    @Test
    void aDraftIsSavedIncompleteAndSubmittedComplete() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        long id = rotation.enrollmentId();
        signIn.as(rotation.login());
        retrospectives.write(id, null, new RetrospectiveDraft(null, null, "毎週の1on1", null, null, null, null, false, null),
                false);
        var draft = retrospectives.get(id);
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(retrospectives.myRetrospectivesToWrite()).extracting(WritingDue::status).containsExactly(SubmissionStatus.DRAFT);

        assertThatThrownBy(() -> retrospectives.write(id, draft.version(), draft.content(), true))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(reasons(invalid))
                        .containsExactly(RetrospectiveProblem.LEARNED_REQUIRED, RetrospectiveProblem.RECOMMEND_REQUIRED));
        retrospectives.write(id, draft.version(), COMPLETE, true);

        var submitted = retrospectives.get(id);
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.content().keep()).isEqualTo("1on1");
        assertThat(retrospectives.myRetrospectivesToWrite()).isEmpty();
    }

    @Test
    void aSubmittedRetrospectiveIsCorrectedButStaysCompleteAndSubmitted() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        long id = rotation.enrollmentId();
        signIn.as(rotation.login());
        retrospectives.write(id, null, COMPLETE, true);
        long version = retrospectives.get(id).version();
        RetrospectiveDraft withoutScore = new RetrospectiveDraft("SLOの考え方", null, null, null, null, null, null, false, null);
        assertThatThrownBy(() -> retrospectives.write(id, version, withoutScore, false))
                .as("saving a submitted one as a draft still needs the score").isInstanceOf(InvalidInputException.class);
        retrospectives.write(id, version, new RetrospectiveDraft("SLOとエラーバジェット", null, null, null, null, null, null,
                true, 10), false);
        var corrected = retrospectives.get(id);
        assertThat(corrected.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(corrected.content().recommendScore()).isEqualTo(10);
        assertThat(corrected.content().shareWithMentor()).isTrue();
    }

    @Test
    void twoTabsCannotOverwriteEachOther() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        long id = rotation.enrollmentId();
        signIn.as(rotation.login());
        retrospectives.write(id, null, COMPLETE, false);
        assertThatThrownBy(() -> retrospectives.write(id, null, COMPLETE, false))
                .as("a second first draft").isInstanceOf(ConcurrentEditException.class);
        long seen = retrospectives.get(id).version();
        retrospectives.write(id, seen, COMPLETE, false);
        assertThatThrownBy(() -> retrospectives.write(id, seen, COMPLETE, true)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theMentorsHomeListsTheEvaluationsToWriteUntilSubmitted() {
        FreshRotations.Fresh soon = ends.endingSoon();
        FreshRotations.Fresh later = ends.runningOn();
        signIn.as(DemoPeople.MENTOR);
        List<Long> due = evaluations.myEvaluationsToWrite().stream().map(WritingDue::enrollmentId).toList();
        assertThat(due).contains(soon.enrollmentId()).doesNotContain(later.enrollmentId(),
                fixtures.idOf(DemoPeople.GRADUATE, "第1期"));
        evaluations.write(soon.enrollmentId(), null, new EvaluationDraft("成長した", null, null,
                OnCallReadiness.WITH_SUPPORT), true);
        assertThat(evaluations.myEvaluationsToWrite()).extracting(WritingDue::enrollmentId).doesNotContain(soon.enrollmentId());
    }

    @Test
    void aGraduateMayAnswerTheFollowUpEarlyAndIsAskedNinetyDaysAfterTheEnd() {
        FreshRotations.Fresh recent = ends.graduated(30);
        FreshRotations.Fresh due = ends.graduated(95);
        signIn.as(recent.login());
        assertThat(followUps.myFollowUpsDue()).isEmpty();
        assertThat(followUps.get(recent.enrollmentId()).mayWrite()).isTrue();
        signIn.as(due.login());
        assertThat(followUps.myFollowUpsDue()).singleElement().satisfies(item -> {
            assertThat(item.enrollmentId()).isEqualTo(due.enrollmentId());
            assertThat(item.date()).isEqualTo(RotationEnds.today().minusDays(95).plusDays(90));
        });
        followUps.write(due.enrollmentId(), null, new FollowUpDraft(List.of(
                new BroughtBack(BroughtBackKind.RUNBOOK, "障害対応手順", "https://wiki.example.com/runbook"),
                new BroughtBack(BroughtBackKind.SLO, " ", "")), "定例でSLOを見るようになった"), true);
        assertThat(followUps.myFollowUpsDue()).isEmpty();
        assertThat(followUps.get(due.enrollmentId()).content().broughtBack()).as("the empty line is dropped")
                .containsExactly(new BroughtBack(BroughtBackKind.RUNBOOK, "障害対応手順", "https://wiki.example.com/runbook"));
    }

    @Test
    void aRunningRotationHasNoFollowUpYet() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        assertThat(followUps.get(rotation.enrollmentId()).open()).isFalse();
        assertThatThrownBy(() -> followUps.write(rotation.enrollmentId(), null,
                new FollowUpDraft(List.of(), "まだ"), false))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(reasons(invalid)).containsExactly(RetrospectiveProblem.NOT_GRADUATED));
        assertThat(retrospectives.overview(rotation.enrollmentId()).followUpShown()).isFalse();
    }
}
