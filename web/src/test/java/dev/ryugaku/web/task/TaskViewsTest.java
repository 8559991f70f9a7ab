package dev.ryugaku.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.task.ReviewItem;
import dev.ryugaku.core.task.TaskCard;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The task pages as each role uses them, without a browser. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class TaskViewsTest extends SpringBrowserlessTest {

    @Autowired
    TaskFixtures tasks;

    @Autowired
    TaskService taskService;

    @Autowired
    EnrollmentFixtures enrollments;

    @Autowired
    SignIn signIn;

    private String columnText(String status) {
        return find(VerticalLayout.class).id("column-" + status).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void theBoardShowsAParticipantsTasksInTheirColumns() {
        Speak.in(Locale.JAPANESE);
        navigate(TaskBoardView.class);
        assertThat(columnText("IN_PROGRESS")).startsWith("作業中").contains("決済APIのSLOダッシュボードを作る");
        assertThat(columnText("READY")).contains("RDSのマイナーバージョンを上げる");
        assertThat(columnText("IN_REVIEW")).contains("ふりかえり: 決済タイムアウト障害の再発防止");
        assertThat(columnText("BACKLOG")).contains("所属チームのアラートをSREの監視基盤に移す", "使われていないS3バケットを棚卸しする");
        assertThat(find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).id("task-board").getElement().getTextRecursively())
                .doesNotContain("Kubernetesのリソース要求値を見直す");
        assertThat(find(VerticalLayout.class).withId("column-DROPPED").exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void filtersNarrowTheBoardAndTheListPagesTheSameTasks() {
        Speak.in(Locale.ENGLISH);
        navigate(TaskBoardView.class);
        @SuppressWarnings("unchecked")
        Select<TaskRisk> risk = find(Select.class).id("filter-risk");
        risk.setValue(TaskRisk.HIGH);
        assertThat(columnText("IN_PROGRESS")).contains("Kubernetesのリソース要求値を見直す")
                .doesNotContain("決済APIのSLOダッシュボードを作る");
        @SuppressWarnings("unchecked")
        Select<TaskCategory> category = find(Select.class).id("filter-category");
        category.setValue(TaskCategory.COST);
        assertThat(columnText("READY")).doesNotContain("RDS");
        find(com.vaadin.flow.component.tabs.Tabs.class).id("task-tabs").setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<TaskCard> list = find(Grid.class).id("task-list");
        assertThat(IntStream.range(0, test(list).size()).mapToObj(i -> test(list).getRow(i).title()))
                .containsExactly("Kubernetesのリソース要求値を見直す");
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void startingAHighRiskTaskWithoutAnApprovedPreMortemIsRefusedWithALinkToIt() {
        Speak.in(Locale.JAPANESE);
        long rds = tasks.highRiskWithSubmittedPreMortem(DemoPeople.PARTICIPANT);
        navigate("tasks/" + rds, TaskView.class);
        test(find(Button.class).id("move-in-progress")).click();
        Paragraph refusal = find(Paragraph.class).id("task-refusal");
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getElement().getTextRecursively())
                .startsWith("リスク高のタスクは、プレモーテムが承認されるまで作業を始められません。");
        test(find(RouterLink.class).id("gate-premortem-link")).click();
        assertThat(getCurrentView()).isInstanceOf(PreMortemPage.class);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT2)
    void anotherParticipantsTaskCannotBeOpenedByUrl() {
        Speak.in(Locale.ENGLISH);
        long theirs = tasks.readyFor(DemoPeople.PARTICIPANT);
        navigate("tasks/" + theirs, NotFoundErrorView.class);
        navigate("tasks/" + theirs + "/premortem", NotFoundErrorView.class);
        navigate("tasks/" + theirs + "/edit", NotFoundErrorView.class);
    }

    @Test
    @WithUserDetails(DemoPeople.MENTOR)
    void theMentorsReviewQueueShowsWorkAndPreMortemsWaiting() {
        Speak.in(Locale.JAPANESE);
        navigate(ReviewsView.class);
        @SuppressWarnings("unchecked")
        Grid<ReviewItem> queue = find(Grid.class).id("review-queue");
        List<String> titles = IntStream.range(0, test(queue).size()).mapToObj(i -> test(queue).getRow(i).title()).toList();
        assertThat(titles).contains("ふりかえり: 決済タイムアウト障害の再発防止");
        assertThat(test(queue).getCellText(0, 3)).matches("\\d+日\\d+時間");
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void markingDoneAsksForTheOutcomeBesideTheField() {
        Speak.in(Locale.JAPANESE);
        long id = handedInForReview("アラート通知先の整理");
        navigate("tasks/" + id, TaskView.class);
        test(find(Button.class).id("move-done")).click();
        test(find(Button.class).id("confirm-move")).click();
        assertThat(find(TextArea.class).id("move-text").getErrorMessage()).isEqualTo("完了にするには成果を書いてください。");
        test(find(TextArea.class).id("move-text")).setValue("再試行の上限を3回にし、タイムアウトを2秒にした。");
        test(find(Button.class).id("confirm-move")).click();
        assertThat(find(Button.class).withId("move-done").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("再試行の上限を3回にし");
    }

    /** A fresh task of 中村's, started and handed in by him; the test then continues as the owner. */
    private long handedInForReview(String title) {
        signIn.as(DemoPeople.OWNER);
        TaskDraft draft = new TaskDraft();
        draft.setTitle(title);
        draft.setCategory(TaskCategory.MONITORING);
        draft.setAssigneeEnrollmentId(enrollments.idOf("nakamura", "第2期"));
        long id = taskService.create(draft);
        signIn.as("nakamura");
        taskService.move(id, taskService.get(id).version(), TaskStatus.IN_PROGRESS, null, null);
        taskService.move(id, taskService.get(id).version(), TaskStatus.IN_REVIEW, null, null);
        signIn.as(DemoPeople.OWNER);
        return id;
    }

    @Test
    @WithUserDetails(DemoPeople.MENTOR)
    void aTaskFormRefusesAnUnsafeLinkInEnglish() {
        Speak.in(Locale.ENGLISH);
        navigate(TaskEditorView.class);
        test(find(TextField.class).id("task-title")).setValue("Tidy up dashboards");
        @SuppressWarnings("unchecked")
        Select<TaskCategory> category = find(Select.class).id("task-category");
        category.setValue(TaskCategory.MONITORING);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TaskRisk> risk = find(RadioButtonGroup.class).id("task-risk");
        risk.setValue(TaskRisk.HIGH);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("A high-risk task cannot start without an approved pre-mortem.");
        test(find(TextField.class).id("task-link")).setValue("javascript:alert(1)");
        test(find(Button.class).id("save-task")).click();
        assertThat(find(TextField.class).id("task-link").getErrorMessage())
                .isEqualTo("Enter a URL starting with http:// or https://.");
        assertThat(getCurrentView()).isInstanceOf(TaskEditorView.class);
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT2)
    void aParticipantTakesABrokenWindowFromItsPage() {
        Speak.in(Locale.JAPANESE);
        long older = tasks.brokenWindow();
        long id = tasks.brokenWindow();
        navigate(BrokenWindowsView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskCard> windows = find(Grid.class).id("broken-windows");
        assertThat(IntStream.range(0, test(windows).size()).mapToObj(i -> test(windows).getRow(i).id()).toList())
                .as("oldest first").containsSubsequence(older, id);
        navigate("tasks/" + id, TaskView.class);
        test(find(Button.class).id("take-task")).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("鈴木 美月", "着手可能");
    }
}
