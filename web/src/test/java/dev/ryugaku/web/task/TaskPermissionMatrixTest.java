package dev.ryugaku.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.task.PreMortemDraft;
import dev.ryugaku.core.task.PreMortemService;
import dev.ryugaku.core.task.TaskCard;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskProblem;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may see, create and move tasks: decided on each task by the service. */
@RyugakuTest
class TaskPermissionMatrixTest {

    /** The tasks the read matrix is about, made fresh for each case. */
    enum Made { TANAKAS_TASK, BROKEN_WINDOW }

    @Autowired
    TaskService tasks;

    @Autowired
    PreMortemService preMortems;

    @Autowired
    TaskFixtures taskFixtures;

    @Autowired
    EnrollmentFixtures enrollmentFixtures;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> readMatrix() {
        return Stream.of(
                Arguments.of(DemoPeople.OWNER, Made.TANAKAS_TASK, true),
                Arguments.of(DemoPeople.MENTOR, Made.TANAKAS_TASK, true),
                Arguments.of(DemoPeople.PARTICIPANT, Made.TANAKAS_TASK, true),
                Arguments.of(DemoPeople.PARTICIPANT2, Made.TANAKAS_TASK, false),
                Arguments.of(DemoPeople.OTHER_MENTOR, Made.TANAKAS_TASK, false),
                Arguments.of(DemoPeople.GRADUATE, Made.TANAKAS_TASK, false),
                Arguments.of(DemoPeople.PARTICIPANT2, Made.BROKEN_WINDOW, true),
                Arguments.of(DemoPeople.OTHER_MENTOR, Made.BROKEN_WINDOW, true));
    }

    @ParameterizedTest(name = "{0} reads \"{1}\": {2}")
    @MethodSource("readMatrix")
    void readingATaskIsDecidedOnTheTask(String user, Made made, boolean allowed) {
        long id = made == Made.TANAKAS_TASK ? taskFixtures.readyFor(DemoPeople.PARTICIPANT) : taskFixtures.brokenWindow();
        signIn.as(user);
        if (allowed) {
            assertThat(tasks.get(id).id()).isEqualTo(id);
            assertThat(tasks.thread(id)).isNotEmpty();
        } else {
            assertThatThrownBy(() -> tasks.get(id)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> tasks.thread(id)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> preMortems.get(id)).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void theBoardShowsAParticipantTheirOwnTasksAndTheBrokenWindowsOnly() {
        long own = taskFixtures.readyFor(DemoPeople.PARTICIPANT2);
        long brokenWindow = taskFixtures.brokenWindow();
        long tanakas = taskFixtures.readyFor(DemoPeople.PARTICIPANT);
        signIn.as(DemoPeople.PARTICIPANT2);
        var cards = tasks.board(TaskFilter.any());
        assertThat(cards).extracting(TaskCard::id).contains(own, brokenWindow).doesNotContain(tanakas);
    }

    @Test
    void aMentorAssignsOnlyToTheirMentees() {
        signIn.as(DemoPeople.MENTOR);
        TaskDraft draft = draft("他の人のタスク", TaskRisk.LOW);
        draft.setAssigneeEnrollmentId(enrollmentFixtures.idOf(DemoPeople.PARTICIPANT2, "第2期"));
        assertThatThrownBy(() -> tasks.create(draft)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(v -> v.reason()).contains(TaskProblem.ASSIGNEE_NOT_MENTEE));
        draft.setAssigneeEnrollmentId(enrollmentFixtures.idOf(DemoPeople.PARTICIPANT, "第2期"));
        assertThat(tasks.get(tasks.create(draft)).status()).isEqualTo(TaskStatus.READY);
    }

    @Test
    void aParticipantsProposalLandsInTheirBacklog() {
        signIn.as(DemoPeople.PARTICIPANT2);
        TaskDraft draft = draft("ログの保存期間を見直す", TaskRisk.LOW);
        draft.setAssigneeEnrollmentId(enrollmentFixtures.idOf(DemoPeople.PARTICIPANT, "第2期"));
        long id = tasks.create(draft);
        var task = tasks.get(id);
        assertThat(task.status()).isEqualTo(TaskStatus.BACKLOG);
        assertThat(task.assigneeName()).isEqualTo("鈴木 美月");
        assertThat(task.reviewerName()).isEqualTo("伊藤 直樹");
    }

    @Test
    void onlyTheAssigneeStartsWorkAndOnlyTheReviewerAcceptsIt() {
        long id = taskFixtures.readyFor("nakamura");
        signIn.as(DemoPeople.MENTOR);
        long version = tasks.get(id).version();
        assertThatThrownBy(() -> tasks.move(id, version, TaskStatus.IN_PROGRESS, null, null))
                .isInstanceOf(NotPermittedException.class);
        signIn.as("nakamura");
        tasks.move(id, version, TaskStatus.IN_PROGRESS, null, null);
        tasks.move(id, tasks.get(id).version(), TaskStatus.IN_REVIEW, null, null);
        long inReview = tasks.get(id).version();
        assertThatThrownBy(() -> tasks.move(id, inReview, TaskStatus.DONE, "できた", null))
                .isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.OTHER_MENTOR);
        assertThatThrownBy(() -> tasks.move(id, inReview, TaskStatus.DONE, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.reason()).containsExactly(TaskProblem.OUTCOME_REQUIRED));
        tasks.move(id, inReview, TaskStatus.DONE, "p95のアラートを追加し、誤報なく1週間運用した。", null);
        assertThat(tasks.get(id).status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void aHighRiskTaskStartsOnlyAfterItsPreMortemIsApproved() {
        signIn.as(DemoPeople.MENTOR);
        TaskDraft draft = draft("本番DBのフェイルオーバー訓練", TaskRisk.HIGH);
        draft.setAssigneeEnrollmentId(enrollmentFixtures.idOf(DemoPeople.PARTICIPANT, "第2期"));
        long id = tasks.create(draft);

        signIn.as(DemoPeople.PARTICIPANT);
        assertThatThrownBy(() -> tasks.move(id, tasks.get(id).version(), TaskStatus.IN_PROGRESS, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.reason()).containsExactly(TaskProblem.PREMORTEM_REQUIRED));
        preMortems.write(id, 0, new PreMortemDraft("切り替え後に書き込みが失われる", "非同期レプリケーションの遅延",
                "遅延を監視し閾値以下で実施", "旧プライマリへ戻す手順"), true);
        assertThatThrownBy(() -> tasks.move(id, tasks.get(id).version(), TaskStatus.IN_PROGRESS, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> preMortems.approve(id, preMortems.get(id).version()))
                .as("the assignee cannot approve their own pre-mortem").isInstanceOf(NotPermittedException.class);

        signIn.as(DemoPeople.MENTOR);
        preMortems.approve(id, preMortems.get(id).version());

        signIn.as(DemoPeople.PARTICIPANT);
        tasks.move(id, tasks.get(id).version(), TaskStatus.IN_PROGRESS, null, null);
        assertThat(tasks.get(id).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aPreMortemSentBackCanBeRewrittenAndResubmitted() {
        long id = taskFixtures.highRiskWithSubmittedPreMortem(DemoPeople.PARTICIPANT);
        signIn.as(DemoPeople.MENTOR);
        assertThat(tasks.reviewQueue()).anyMatch(item -> item.taskId() == id);
        assertThatThrownBy(() -> preMortems.sendBack(id, preMortems.get(id).version(), " "))
                .isInstanceOf(InvalidInputException.class);
        preMortems.sendBack(id, preMortems.get(id).version(), "切り戻しにかかる時間を書いてください。");
        signIn.as(DemoPeople.PARTICIPANT);
        var view = preMortems.get(id);
        assertThat(view.mayWrite()).isTrue();
        assertThat(view.reviewComment()).isEqualTo("切り戻しにかかる時間を書いてください。");
        preMortems.write(id, view.version(), new PreMortemDraft("a", "b", "c", "スナップショットから復元（約20分）"), true);
        assertThat(preMortems.get(id).status().name()).isEqualTo("SUBMITTED");
    }

    @Test
    void aParticipantTakesABrokenWindowAndOthersCannotTakeTheirs() {
        long id = taskFixtures.brokenWindow();
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> tasks.take(id, tasks.get(id).version())).isInstanceOf(InvalidInputException.class);
        signIn.as(DemoPeople.PARTICIPANT2);
        tasks.take(id, tasks.get(id).version());
        var task = tasks.get(id);
        assertThat(task.status()).isEqualTo(TaskStatus.READY);
        assertThat(task.assigneeName()).isEqualTo("鈴木 美月");
        signIn.as(DemoPeople.PARTICIPANT);
        assertThatThrownBy(() -> tasks.get(id)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void twoPeopleEditingTheSameTaskCannotOverwriteEachOther() {
        signIn.as(DemoPeople.MENTOR);
        TaskDraft draft = draft("ダッシュボードの整理", TaskRisk.LOW);
        draft.setAssigneeEnrollmentId(enrollmentFixtures.idOf(DemoPeople.PARTICIPANT, "第2期"));
        long id = tasks.create(draft);
        long seen = tasks.get(id).version();
        draft.setDescription("先に保存した説明");
        tasks.update(id, seen, draft);
        draft.setDescription("後から保存しようとした説明");
        assertThatThrownBy(() -> tasks.update(id, seen, draft))
                .isInstanceOf(dev.ryugaku.core.shared.ConcurrentEditException.class);
        assertThatThrownBy(() -> tasks.move(id, seen, TaskStatus.DROPPED, null, null))
                .isInstanceOf(dev.ryugaku.core.shared.ConcurrentEditException.class);
        assertThat(tasks.get(id).description()).isEqualTo("先に保存した説明");
    }

    private static TaskDraft draft(String title, TaskRisk risk) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle(title);
        draft.setCategory(TaskCategory.RELIABILITY);
        draft.setRisk(risk);
        return draft;
    }
}
