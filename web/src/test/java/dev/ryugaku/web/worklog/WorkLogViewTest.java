package dev.ryugaku.web.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import dev.ryugaku.core.worklog.UnreviewedWeek;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogRules;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.core.worklog.WorkLogDraft;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkLogService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The week view as each role uses it, without a browser. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class WorkLogViewTest extends SpringBrowserlessTest {

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    WorkLogService workLog;

    @Autowired
    WorkWeekService workWeeks;

    private static LocalDate yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
    }

    private static String cellId(LocalDate day, String category) {
        return "cell-" + day.getDayOfWeek().name().toLowerCase() + "-" + category;
    }

    /** Opens a week the way a bookmark would: path plus {@code ?week=}. */
    private void openWeek(String path, LocalDate week) {
        UI.getCurrent().navigate(path, QueryParameters.of("week", week.toString()));
        assertThat(getCurrentView()).isInstanceOf(WorkLogView.class);
    }

    private int otherMinutesYesterday(long enrollmentId) {
        return workWeeks.week(enrollmentId, yesterday()).entries().stream()
                .filter(e -> e.date().equals(yesterday()) && e.category() == WorkCategory.OTHER)
                .mapToInt(WorkLogEntryRow::minutes).sum();
    }

    private int toilPercent() {
        return Integer.parseInt(find(Span.class).id("week-toil").getText().replaceAll("\\D", ""));
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void theParticipantLogsMinutesInTheGridAndTheToilFigureFollows() {
        Speak.in(Locale.JAPANESE);
        openWeek("worklog", yesterday());
        assertThat(find(H2.class).single().getText()).as("titled from the reader's side").isEqualTo("あなたの作業ログ（第2期）");
        assertThat(find(Span.class).id("week-toil").getText()).startsWith("トイル ");
        assertThat(find(Div.class).id("incident-ladder").getElement().getTextRecursively()).contains("オブザーバー");
        int before = toilPercent();
        MinutesField onCall = find(MinutesField.class).id(cellId(yesterday(), "on_call"));
        int seen = onCall.minutes().orElse(0);
        test(onCall).setValue(Integer.toString(seen + 300));
        test(find(Button.class).id("save-week")).click();
        assertThat(toilPercent()).isGreaterThan(before);
        assertThat(find(MinutesField.class).id(cellId(yesterday(), "on_call")).minutes()).contains(seen + 300);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void aBadCellIsMarkedBesideItselfInEnglishAndNothingIsSaved() {
        Speak.in(Locale.ENGLISH);
        openWeek("worklog", yesterday());
        long mine = workLog.myRotation().orElseThrow();
        int before = otherMinutesYesterday(mine);
        MinutesField learning = find(MinutesField.class).id(cellId(yesterday(), "other"));
        test(learning).setValue("2000");
        test(find(Button.class).id("save-week")).click();
        MinutesField marked = find(MinutesField.class).id(cellId(yesterday(), "other"));
        assertThat(marked.isInvalid()).isTrue();
        assertThat(marked.getErrorMessage()).isIn("Enter 1 to 1,440 minutes.", "The day would hold more than 24 hours.");
        assertThat(find(Paragraph.class).id("week-form-error").getText())
                .isEqualTo("This week was not saved. Correct the red cell and save again.");
        assertThat(otherMinutesYesterday(mine)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void lettersTypedIntoACellStayThereMarkedAndTheWeekIsNotSaved() {
        Speak.in(Locale.JAPANESE);
        openWeek("worklog", yesterday());
        long mine = workLog.myRotation().orElseThrow();
        int before = otherMinutesYesterday(mine);
        MinutesField other = find(MinutesField.class).id(cellId(yesterday(), "other"));
        test(other).setValue("30分くらい");

        assertThat(other.isInvalid()).as("marked as soon as the cell is left").isTrue();
        test(find(Button.class).id("save-week")).click();

        MinutesField marked = find(MinutesField.class).id(cellId(yesterday(), "other"));
        assertThat(marked.getValue()).isEqualTo("30分くらい");
        assertThat(marked.getErrorMessage()).isEqualTo("分を整数で入力してください。");
        assertThat(find(Paragraph.class).id("week-form-error").getText()).startsWith("この週は保存されていません。");
        assertThat(otherMinutesYesterday(mine)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void fullWidthDigitsFromAJapaneseInputMethodAreReadAsMinutes() {
        Speak.in(Locale.JAPANESE);
        openWeek("worklog", yesterday());
        long mine = workLog.myRotation().orElseThrow();
        int seen = find(MinutesField.class).id(cellId(yesterday(), "other")).minutes().orElse(0);
        String fullWidth = Integer.toString(seen + 25).chars().mapToObj(digit -> String.valueOf((char) (digit - '0' + '０')))
                .collect(java.util.stream.Collectors.joining());
        test(find(MinutesField.class).id(cellId(yesterday(), "other"))).setValue(fullWidth);
        test(find(Button.class).id("save-week")).click();
        assertThat(otherMinutesYesterday(mine)).isEqualTo(seen + 25);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT2)
    void anotherParticipantsLogCannotBeOpenedByUrl() {
        long theirs = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        navigate("worklog/" + theirs, NotFoundErrorView.class);
    }

    @Test
    @WithUserDetails(DemoPeople.MENTOR)
    void theMentorReadsAMenteesPastWeekAndMayMarkItReviewed() {
        Speak.in(Locale.JAPANESE);
        long tanaka = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        openWeek("worklog/" + tanaka, yesterday().minusWeeks(1));
        assertThat(find(H2.class).single().getText()).isEqualTo("田中 翔太さんの作業ログ（第2期）");
        assertThat(find(Button.class).withId("save-week").exists()).isFalse();
        assertThat(find(MinutesField.class).id(cellId(yesterday().minusWeeks(1), "improvement")).isReadOnly()).isTrue();
        assertThat(find(Button.class).id("mark-reviewed").getText()).isEqualTo("この週をレビュー済みにする");
        test(find(TextArea.class).id("review-comment")).setValue("障害対応の記録が丁寧です");
        Pages.navigate(HomePages.home());
        assertThat(getCurrentView()).as("a typed review comment is not dropped silently").isInstanceOf(WorkLogView.class);
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView().getClass()).isEqualTo(Pages.view(HomePages.home()));
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void movingToAnotherWeekWithUnsavedCellsAsksFirst() {
        Speak.in(Locale.ENGLISH);
        openWeek("worklog", yesterday());
        String week = find(Span.class).id("week-label").getText();
        MinutesField other = find(MinutesField.class).id(cellId(yesterday(), "other"));
        test(other).setValue(Integer.toString(other.minutes().orElse(0) + 10));
        test(find(Button.class).id("previous-week")).click();
        assertThat(find(Span.class).id("week-label").getText()).isEqualTo(week);
        test(find(ConfirmDialog.class).single()).cancel();
    }

    @Test
    @WithUserDetails(DemoPeople.MENTOR)
    void aReviewedWeekShowsWhoReviewedIt() {
        Speak.in(Locale.ENGLISH);
        long tanaka = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        openWeek("worklog/" + tanaka, LocalDate.of(2026, 10, 5));
        assertThat(find(Div.class).id("week-review").getElement().getTextRecursively()).startsWith("Reviewed by 高橋 健太");
    }

    @Test
    @WithUserDetails(DemoPeople.MENTOR)
    void theMentorsReviewQueueListsMenteesPastWeeksNotYetReviewed() {
        Speak.in(Locale.ENGLISH);
        OpenPage.at(TaskPages.reviews());
        assertThat(find(H3.class).withText("Weeks to review").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<UnreviewedWeek> weeks = find(Grid.class).id("unreviewed-grid");
        List<String> people = IntStream.range(0, test(weeks).size()).mapToObj(i -> test(weeks).getRow(i).personName()).toList();
        assertThat(people).contains("田中 翔太").doesNotContain("高橋 健太");
        assertThat(test(weeks).getRow(0).weekStart()).isBefore(WorkLogRules.weekOf(yesterday().plusDays(1)));
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void cellsTypedButNotSavedSurviveAddingADetailedEntry() {
        Speak.in(Locale.JAPANESE);
        openWeek("worklog", yesterday());
        assertThat(find(MinutesField.class).id(cellId(yesterday(), "incident")).isReadOnly()).isTrue();
        MinutesField homeTeam = find(MinutesField.class).id(cellId(yesterday(), "home_team"));
        int typed = homeTeam.minutes().orElse(0) + 45;
        test(homeTeam).setValue(Integer.toString(typed));
        String reviewHours = find(Span.class).id("total-review").getText();

        test(find(Button.class).id("add-entry")).click();
        test(find(DatePicker.class).id("entry-date")).setValue(yesterday());
        test(find(IntegerField.class).id("entry-minutes")).setValue(15);
        @SuppressWarnings("unchecked")
        Select<WorkCategory> category = find(Select.class).id("entry-category");
        test(category).selectItem("レビュー依頼");
        test(find(Button.class).id("save-entry")).click();

        assertThat(find(Span.class).id("total-review").getText()).isNotEqualTo(reviewHours);
        assertThat(find(MinutesField.class).id(cellId(yesterday(), "home_team")).minutes()).contains(typed);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void escapeClosesAnUntouchedEntryDialogButAsksBeforeThrowingAwayWhatWasTyped() {
        Speak.in(Locale.JAPANESE);
        openWeek("worklog", yesterday());
        test(find(Button.class).id("add-entry")).click();
        Dialog untouched = find(WorkLogEntryDialog.class).single();
        ComponentUtil.fireEvent(untouched, new Dialog.DialogCloseActionEvent(untouched, true));
        assertThat(untouched.isOpened()).isFalse();
        assertThat(find(ConfirmDialog.class).exists()).isFalse();

        test(find(Button.class).id("add-entry")).click();
        Dialog typedInto = find(WorkLogEntryDialog.class).single();
        test(find(IntegerField.class).id("entry-minutes")).setValue(45);
        ComponentUtil.fireEvent(typedInto, new Dialog.DialogCloseActionEvent(typedInto, true));
        assertThat(typedInto.isOpened()).as("45 minutes typed are not thrown away by Esc").isTrue();
        ConfirmDialog discard = find(ConfirmDialog.class).single();
        assertThat(discard.getElement().getProperty("header")).isEqualTo("入力した内容を破棄しますか？");
        test(discard).confirm();
        assertThat(typedInto.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void deletingAnEntryAsksFirstNamingItAndSaysWhenItIsDone() {
        Speak.in(Locale.JAPANESE);
        long mine = workLog.myRotation().orElseThrow();
        long entry = workLog.add(mine, entryOn(yesterday(), 25));
        openWeek("worklog", yesterday());

        test(find(Button.class).id("delete-entry-" + entry)).click();
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("この作業ログを削除しますか？");
        assertThat(question.getElement().getProperty("message")).contains("25分").endsWith("元に戻せません。");
        test(question).cancel();
        assertThat(workWeeks.week(mine, yesterday()).entries()).as("backing out keeps the entry")
                .anyMatch(row -> row.id() == entry);

        test(find(Button.class).id("delete-entry-" + entry)).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(workWeeks.week(mine, yesterday()).entries()).noneMatch(row -> row.id() == entry);
        assertThat(test(find(Notification.class).last()).getText()).startsWith("作業ログを削除しました（").contains("25分");
        assertThat(find(Button.class).withId("delete-entry-" + entry).exists()).as("the page shows the week without it").isFalse();
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    @SuppressWarnings("unchecked")
    void aNoteLongerThanTheLimitIsRefusedBesideItNotCutShort() {
        Speak.in(Locale.JAPANESE);
        long mine = workLog.myRotation().orElseThrow();
        int entriesBefore = workWeeks.week(mine, yesterday()).entries().size();
        openWeek("worklog", yesterday());
        test(find(Button.class).id("add-entry")).click();
        test(find(DatePicker.class).id("entry-date")).setValue(yesterday());
        test(find(IntegerField.class).id("entry-minutes")).setValue(30);
        ((Select<WorkCategory>) find(Select.class).id("entry-category")).setValue(WorkCategory.OTHER);
        TextArea note = find(TextArea.class).id("entry-note");
        test(note).setValue("https://example.com/" + "a".repeat(WorkLogRules.NOTE_MAX_LENGTH));

        assertThat(note.getValue()).as("the paste is whole").hasSize(WorkLogRules.NOTE_MAX_LENGTH + 20);
        assertThat(note.getErrorMessage()).contains("20文字多すぎます");
        test(find(Button.class).id("save-entry")).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("メモは1,000文字以内で入力してください。");
        assertThat(workWeeks.week(mine, yesterday()).entries()).hasSize(entriesBefore);
    }

    private static WorkLogDraft entryOn(LocalDate date, int minutes) {
        WorkLogDraft draft = new WorkLogDraft();
        draft.setDate(date);
        draft.setMinutes(minutes);
        draft.setCategory(WorkCategory.OTHER);
        return draft;
    }
}
