package dev.ryugaku.web.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.retrospective.BroughtBackKind;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.RetrospectiveDraft;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.error.NotFoundErrorView;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.Pages;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retrospective, final evaluation and follow-up forms as each role uses them, in both languages. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class RetrospectiveViewsTest extends SpringBrowserlessTest {

    @Autowired
    RotationEnds ends;

    @Autowired
    RetrospectiveService retrospectives;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private TextArea area(String id) {
        return find(TextArea.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String id) {
        return find(RadioButtonGroup.class).id(id);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void theParticipantSavesADraftThenSubmitsTheRetrospectiveInJapanese() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + rotation.enrollmentId() + "/retrospective", RetrospectiveView.class);
        assertThat(find(Paragraph.class).id("retrospective-status").getText()).isEqualTo("未提出");
        assertThat(find(Checkbox.class).id("retrospective-shareWithMentor").getValue()).as("not shared unless chosen").isFalse();

        test(area("retrospective-keep")).setValue("毎週の1on1で早めに相談できた");
        click("retrospective-save");
        assertThat(lastNotification()).isEqualTo("下書きを保存しました。");
        assertThat(find(Paragraph.class).id("retrospective-status").getText()).isEqualTo("下書き（未提出）");

        test(area("retrospective-learned")).setValue("SLOとエラーバジェットの考え方");
        test(area("retrospective-programFeedback")).setValue("オンボーディング資料がほしい");
        radio("retrospective-recommendScore").setValue(9);
        click("retrospective-submit");

        assertThat(lastNotification()).isEqualTo("提出しました。ありがとうございました。");
        assertThat(find(Paragraph.class).id("retrospective-status").getText()).endsWith("に提出済み");
        assertThat(find(Button.class).id("retrospective-submit").getText()).isEqualTo("修正を保存");
        assertThat(find(Button.class).withId("retrospective-save").exists()).isFalse();
        assertThat(area("retrospective-keep").getValue()).isEqualTo("毎週の1on1で早めに相談できた");
    }

    @Test
    void aMissingScoreAndLearningAreShownBesideTheFieldsInEnglish() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        Speak.in(Locale.ENGLISH);
        navigate("enrollments/" + rotation.enrollmentId() + "/retrospective", RetrospectiveView.class);

        click("retrospective-submit");

        RadioButtonGroup<Integer> score = radio("retrospective-recommendScore");
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("Choose from 0 to 10.");
        assertThat(area("retrospective-learned").getErrorMessage()).isEqualTo("Write what you learned.");
        assertThat(find(Paragraph.class).id("retrospective-status").getText()).isEqualTo("Not submitted");
    }

    @Test
    void leavingWithUnsavedTextAsksFirst() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + rotation.enrollmentId() + "/retrospective", RetrospectiveView.class);
        test(area("retrospective-hardest")).setValue("夜間のオンコール");

        Pages.navigate(HomePages.home());

        assertThat(getCurrentView()).isInstanceOf(RetrospectiveView.class);
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(area("retrospective-hardest").getValue()).isEqualTo("夜間のオンコール");
    }

    @Test
    void beforeTheWindowOpensTheParticipantIsToldWhen() {
        signIn.as(DemoPeople.PARTICIPANT);
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + fixtures.idOf(DemoPeople.PARTICIPANT, "第2期") + "/retrospective", RetrospectiveView.class);
        assertThat(find(Paragraph.class).id("retrospective-not-open").getText())
                .isEqualTo("ふりかえりは 2027/03/17 から書けます（留学の最終日 2027/03/31 の2週間前）。");
        assertThat(find(TextArea.class).exists()).isFalse();
    }

    @Test
    void theMentorReadsTheSubmittedRetrospectiveWithoutWhatIsNotForThem() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        retrospectives.write(rotation.enrollmentId(), null, new RetrospectiveDraft("SLOの考え方", "夜間対応", "1on1",
                "情報不足", "棚卸し", "運営だけに伝えたいこと", "メンターには内緒のコメント", false, 6), true);
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.ENGLISH);

        navigate("enrollments/" + rotation.enrollmentId() + "/retrospective", RetrospectiveView.class);

        assertThat(area("retrospective-learned").getValue()).isEqualTo("SLOの考え方");
        assertThat(area("retrospective-learned").isReadOnly()).isTrue();
        assertThat(find(RadioButtonGroup.class).withId("retrospective-recommendScore").exists())
                .as("a mentor never receives the individual recommend score").isFalse();
        assertThat(find(TextArea.class).withId("retrospective-programFeedback").exists()).isFalse();
        assertThat(find(TextArea.class).withId("retrospective-mentorComments").exists()).isFalse();
        assertThat(pageText()).doesNotContain("運営だけに伝えたいこと", "メンターには内緒のコメント");
        assertThat(find(Button.class).withId("retrospective-submit").exists()).isFalse();
    }

    @Test
    void aParticipantTypingAnotherRotationsAddressSeesNotFound() {
        long kobayashi = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        signIn.as(DemoPeople.PARTICIPANT);
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + kobayashi + "/retrospective", NotFoundErrorView.class);
        navigate("enrollments/" + kobayashi + "/evaluation", NotFoundErrorView.class);
        navigate("enrollments/" + kobayashi + "/follow-up", NotFoundErrorView.class);
        assertThat(pageText()).doesNotContain("小林", "Linux");
    }

    @Test
    void theMentorSubmitsTheFinalEvaluationAndTheParticipantReadsIt() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + rotation.enrollmentId() + "/evaluation", EvaluationView.class);

        test(area("evaluation-summary")).setValue("監視設計の基礎を身につけた");
        test(area("evaluation-nextSteps")).setValue("オンコールのシャドーを重ねる");
        click("evaluation-submit");
        RadioButtonGroup<OnCallReadiness> readiness = radio("evaluation-readiness");
        assertThat(readiness.getErrorMessage()).isEqualTo("オンコールの準備状況を選んでください。");
        readiness.setValue(OnCallReadiness.WITH_SUPPORT);
        click("evaluation-submit");
        assertThat(lastNotification()).isEqualTo("提出しました。ありがとうございました。");

        signIn.as(rotation.login());
        Speak.in(Locale.ENGLISH);
        navigate("enrollments/" + rotation.enrollmentId() + "/evaluation", EvaluationView.class);
        assertThat(area("evaluation-summary").getValue()).isEqualTo("監視設計の基礎を身につけた");
        assertThat(this.<OnCallReadiness>radio("evaluation-readiness").getValue()).isEqualTo(OnCallReadiness.WITH_SUPPORT);
        assertThat(find(Paragraph.class).id("evaluation-written-by").getText()).isEqualTo("Written by 高橋 健太");
        assertThat(find(Button.class).withId("evaluation-submit").exists()).isFalse();
    }

    @Test
    void anUnsubmittedEvaluationIsNotShownToTheParticipant() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        Speak.in(Locale.ENGLISH);
        navigate("enrollments/" + rotation.enrollmentId() + "/evaluation", EvaluationView.class);
        assertThat(find(Paragraph.class).id("evaluation-not-submitted").getText())
                .isEqualTo("The final evaluation has not been submitted yet.");
    }

    @Test
    void theGraduateListsWhatTheyBroughtBackWithLinksAndTheOwnerReadsIt() {
        FreshRotations.Fresh rotation = ends.graduated(95);
        signIn.as(rotation.login());
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + rotation.enrollmentId() + "/follow-up", FollowUpView.class);

        test(find(TextField.class).id("followUp-title-0")).setValue("決済APIの障害対応ランブック");
        test(find(TextField.class).id("followUp-link-0")).setValue("wiki/runbook");
        click("followUp-add-item");
        @SuppressWarnings("unchecked")
        Select<BroughtBackKind> kind = find(Select.class).id("followUp-kind-1");
        kind.setValue(BroughtBackKind.SLO);
        test(find(TextField.class).id("followUp-title-1")).setValue("決済APIの可用性SLO");
        test(area("followUp-changedWork")).setValue("チームの定例でSLOを見るようになった");
        click("followUp-submit");
        TextField link = find(TextField.class).id("followUp-link-0");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).startsWith("http:// か https:// で始まるアドレス");

        test(link).setValue("https://wiki.example.com/payments/runbook");
        click("followUp-submit");
        assertThat(lastNotification()).isEqualTo("提出しました。ありがとうございました。");

        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        OpenPage.at(HomePages.home());
        navigate("enrollments/" + rotation.enrollmentId() + "/follow-up", FollowUpView.class);
        assertThat(pageText()).contains("[Runbook] 決済APIの障害対応ランブック", "https://wiki.example.com/payments/runbook",
                "[SLO] 決済APIの可用性SLO");
        assertThat(area("followUp-changedWork").getValue()).isEqualTo("チームの定例でSLOを見るようになった");

        signIn.as(DemoPeople.MENTOR);
        navigate("enrollments/" + rotation.enrollmentId() + "/follow-up", NotFoundErrorView.class);
    }

    @Test
    void theParticipantsHomeAsksForTheRetrospectiveOnceTheWindowIsOpen() {
        FreshRotations.Fresh soon = ends.endingSoon();
        signIn.as(soon.login());
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        assertThat(find(Div.class).id("retrospectives-to-write").getElement().getTextRecursively())
                .contains("ふりかえりを書きましょう", "ふりかえりを書く");
        assertThat(find(Div.class).withId("follow-ups-due").exists()).isFalse();
    }

    @Test
    void theGraduatesHomeAsksForTheFollowUpNinetyDaysAfterTheEnd() {
        FreshRotations.Fresh graduate = ends.graduated(92);
        signIn.as(graduate.login());
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        assertThat(find(Div.class).id("follow-ups-due").getElement().getTextRecursively())
                .contains("フォローアップのお願い", "90日", "フォローアップに答える");
    }

    @Test
    void theMentorsHomeListsTheFinalEvaluationsToWrite() {
        ends.endingSoon();
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.ENGLISH);
        OpenPage.at(HomePages.home());
        assertThat(find(Div.class).id("evaluations-to-write").getElement().getTextRecursively())
                .contains("Final evaluations to write", "ログ 太郎", "Write the final evaluation");
    }

    @Test
    void theRotationsPageLinksItsEndWithTheStateTheViewerMayKnow() {
        long kobayashi = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        signIn.as(DemoPeople.GRADUATE);
        Speak.in(Locale.JAPANESE);
        OpenPage.at(EnrollmentPages.rotation(kobayashi));
        assertThat(find(Span.class).id("retrospective-state").getText()).isEqualTo("提出済み");
        assertThat(find(Span.class).id("evaluation-state").getText()).isEqualTo("提出済み");
        assertThat(find(Span.class).id("followUp-state").getText()).isEqualTo("提出済み");

        signIn.as(DemoPeople.MENTOR);
        OpenPage.at(EnrollmentPages.rotation(kobayashi));
        assertThat(find(Span.class).withId("followUp-state").exists()).as("the follow-up is for the owners").isFalse();

        FreshRotations.Fresh rotation = ends.endingSoon();
        signIn.as(rotation.login());
        retrospectives.write(rotation.enrollmentId(), null, RetrospectiveDraft.empty(), false);
        assertThat(retrospectives.get(rotation.enrollmentId()).status()).isEqualTo(SubmissionStatus.DRAFT);
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.ENGLISH);
        OpenPage.at(EnrollmentPages.rotation(rotation.enrollmentId()));
        assertThat(find(Span.class).id("retrospective-state").getText()).as("a draft is the participant's").isEqualTo("Not submitted");
    }
}
