package dev.ryugaku.web.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.cohort.CohortTestData;
import dev.ryugaku.web.error.NotFoundErrorView;
import dev.ryugaku.web.navigation.CohortPages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The enrollment pages as each role uses them, without a browser. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class EnrollmentViewsTest extends SpringBrowserlessTest {

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrollmentService enrollments;

    private static void speak(Locale locale) {
        Speak.in(locale);
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantOpensTheirOwnEnrollment() {
        speak(Locale.JAPANESE);
        long own = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        navigate("enrollments/" + own, EnrollmentView.class);
        assertThat(pageText()).contains("田中 翔太", "高橋 健太", "決済APIのSLOを定義");
        assertThat(find(Button.class).withId("edit-enrollment").exists()).isFalse();
        assertThat(find(Details.class).exists()).as("no history for participants").isFalse();
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantTypingAnotherParticipantsEnrollmentIdSeesAccessDeniedAndNoneOfTheirData() {
        speak(Locale.JAPANESE);
        long theirs = fixtures.idOf(DemoPeople.PARTICIPANT2, "第2期");
        navigate("enrollments/" + theirs, NotFoundErrorView.class);
        assertThat(pageText()).contains("表示できません").doesNotContain("鈴木", "障害対応の一次切り分け", "伊藤");
        navigate("enrollments/" + theirs + "/edit", NotFoundErrorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorOpeningANonMenteesEnrollmentSeesAccessDenied() {
        speak(Locale.ENGLISH);
        long notMine = fixtures.idOf(DemoPeople.PARTICIPANT2, "第2期");
        navigate("enrollments/" + notMine, NotFoundErrorView.class);
        assertThat(pageText()).contains("cannot open").doesNotContain("鈴木");
        long mine = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        navigate("enrollments/" + mine, EnrollmentView.class);
        assertThat(pageText()).contains("田中 翔太");
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void theCohortPageListsOnlyTheParticipantsOwnEnrollment() {
        speak(Locale.JAPANESE);
        OpenPage.at(CohortPages.cohort(fixtures.cohortId("第2期")));
        @SuppressWarnings("unchecked")
        Grid<EnrollmentSummary> grid = find(Grid.class).id("enrollment-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).personName()).isEqualTo("田中 翔太");
        assertThat(find(Button.class).withId("enroll-person").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerEnrollsAParticipantAndSeesTheEnrollmentWithItsHistory() {
        speak(Locale.JAPANESE);
        long cohort = cohorts.create(CohortTestData.validDraft(cohorts));
        OpenPage.at(CohortPages.cohort(cohort));
        test(find(Button.class).id("enroll-person")).click();
        assertThat(getCurrentView()).isInstanceOf(EnrollmentEditorView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Object> person = find(ComboBox.class).id("enrollment-person");
        test(person).selectItem("山田 蓮（モバイルアプリチーム）");
        @SuppressWarnings("unchecked")
        ComboBox<Object> mentor = find(ComboBox.class).id("enrollment-primary-mentor");
        assertThat(test(mentor).getSuggestions()).anyMatch(s -> s.startsWith("高橋 健太（担当中 2名）"));
        test(mentor).selectItem("高橋 健太（担当中 2名）");
        test(find(TextArea.class).id("enrollment-goals")).setValue("Terraformに慣れる");
        test(find(Button.class).id("save-enrollment")).click();

        assertThat(getCurrentView()).isInstanceOf(EnrollmentView.class);
        assertThat(pageText()).contains("山田 蓮", "Terraformに慣れる", "予定");
        assertThat(find(Details.class).single().getSummaryText()).isEqualTo("変更履歴（1件）");
        test(find(Button.class).id("activate-enrollment")).click();
        test(find(Button.class).id("graduate-enrollment")).click();
        @SuppressWarnings("unchecked")
        Grid<dev.ryugaku.core.audit.AuditEntry> history = find(Grid.class).from(find(Details.class).single()).single();
        assertThat(test(history).getCellComponent(0, 3).getElement().getTextRecursively()).isEqualTo("状態: 留学中 → 修了");
        assertThat(test(history).getCellComponent(1, 3).getElement().getTextRecursively()).isEqualTo("状態: 予定 → 留学中");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void enrollingInAFullCohortIsRefusedWithAMessageInJapanese() {
        speak(Locale.JAPANESE);
        navigate("cohorts/" + fixtures.cohortId("第2期") + "/enroll", EnrollmentEditorView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = find(ComboBox.class).id("enrollment-person");
        test(person).selectItem("松本 葵（学習プラットフォームチーム）");
        test(find(Button.class).id("save-enrollment")).click();

        assertThat(find(Paragraph.class).id("enrollment-form-error").getText()).contains("この期は定員（4名）に達しています。");
        assertThat(find(ComboBox.class).id("enrollment-primary-mentor").getErrorMessage()).isEqualTo("メインメンターを選んでください。");
        assertThat(getCurrentView()).isInstanceOf(EnrollmentEditorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void theSameMentorTwiceAndATooLongExtensionAreExplainedInEnglish() {
        speak(Locale.ENGLISH);
        long cohort = cohorts.create(CohortTestData.validDraft(cohorts));
        navigate("cohorts/" + cohort + "/enroll", EnrollmentEditorView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = find(ComboBox.class).id("enrollment-person");
        test(person).selectItem("松本 葵 (学習プラットフォームチーム)");
        for (String seat : new String[] {"enrollment-primary-mentor", "enrollment-secondary-mentor"}) {
            @SuppressWarnings("unchecked")
            ComboBox<Object> mentor = find(ComboBox.class).id(seat);
            test(mentor).selectItem(test(mentor).getSuggestions().stream().filter(s -> s.startsWith("伊藤")).findFirst().orElseThrow());
        }
        test(find(com.vaadin.flow.component.datepicker.DatePicker.class).id("enrollment-end"))
                .setValue(java.time.LocalDate.of(2028, 7, 1));
        test(find(Button.class).id("save-enrollment")).click();
        assertThat(find(ComboBox.class).id("enrollment-secondary-mentor").getErrorMessage())
                .isEqualTo("Choose a second mentor other than the primary mentor.");
        assertThat(find(com.vaadin.flow.component.datepicker.DatePicker.class).id("enrollment-end").getErrorMessage())
                .isEqualTo("The end can be Jun 30, 2028 at the latest (3 months after the cohort ends).");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void withdrawingWithoutAReasonIsRefusedBesideTheField() {
        speak(Locale.JAPANESE);
        long cohort = cohorts.create(CohortTestData.validDraft(cohorts));
        var draft = new dev.ryugaku.core.enrollment.EnrollmentDraft();
        draft.setPersonId(fixtures.personId("matsumoto"));
        draft.setCohortId(cohort);
        draft.setPrimaryMentorId(fixtures.personId(DemoPeople.MENTOR));
        long id = enrollments.enroll(draft);

        navigate("enrollments/" + id, EnrollmentView.class);
        test(find(Button.class).id("withdraw-enrollment")).click();
        test(find(Button.class).id("confirm-withdrawal")).click();
        TextArea reason = find(TextArea.class).id("withdrawal-reason");
        assertThat(reason.getErrorMessage()).isEqualTo("途中終了の理由を入力してください。");
        assertThat(enrollments.get(id).status()).isEqualTo(EnrollmentStatus.PLANNED);

        test(reason).setValue("本業の障害対応に戻るため");
        test(find(Button.class).id("confirm-withdrawal")).click();
        assertThat(enrollments.get(id).status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerStartsARotation() {
        speak(Locale.ENGLISH);
        long id = fixtures.idOf("yamada", "第3期");
        navigate("enrollments/" + id, EnrollmentView.class);
        assertThat(find(Button.class).withId("graduate-enrollment").exists()).isFalse();
        test(find(Button.class).id("activate-enrollment")).click();
        assertThat(enrollments.get(id).status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(find(Button.class).withId("graduate-enrollment").exists()).isTrue();
    }
}
