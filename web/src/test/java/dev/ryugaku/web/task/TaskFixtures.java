package dev.ryugaku.web.task;

import dev.ryugaku.core.task.PreMortemDraft;
import dev.ryugaku.core.task.PreMortemService;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tasks of a test's own, made through the services as the program owner would, so that tests do
 * not depend on the demo program's tasks (which other tests move). Titles are unique; whoever was
 * signed in before stays signed in.
 */
@Component
public class TaskFixtures {

    /** The demo cohort whose rotations the new tasks are assigned to. */
    private static final String COHORT = "第2期";

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final PreMortemService preMortems;
    private final EnrollmentFixtures enrollments;
    private final SignIn signIn;

    TaskFixtures(JdbcTemplate jdbc, TaskService tasks, PreMortemService preMortems, EnrollmentFixtures enrollments,
                 SignIn signIn) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.preMortems = preMortems;
        this.enrollments = enrollments;
        this.signIn = signIn;
    }

    /** The id of a demo task, for tests about the demo program itself. */
    public long idOf(String title) {
        return jdbc.queryForObject("select id from improvement_task where title = ?", Long.class, title);
    }

    /** A READY low-risk task of the participant's rotation, reviewed by their primary mentor. */
    public long readyFor(String participantLogin) {
        return asOwner(() -> create(participantLogin, TaskRisk.LOW, false));
    }

    /** A broken window: a good first task nobody has taken, open to the whole program. */
    public long brokenWindow() {
        return asOwner(() -> create(null, TaskRisk.LOW, true));
    }

    /** A READY high-risk task of the participant's rotation whose pre-mortem they have submitted for review. */
    public long highRiskWithSubmittedPreMortem(String participantLogin) {
        return asOwner(() -> {
            long id = create(participantLogin, TaskRisk.HIGH, false);
            signIn.as(participantLogin);
            preMortems.write(id, 0, new PreMortemDraft("切り替えで接続が切れる", "ドライバの非互換", "検証環境で試す",
                    "スナップショットから戻す"), true);
            return id;
        });
    }

    /** A READY task with this title in any rotation, reviewed by its primary mentor. */
    public long titledFor(long enrollmentId, String title, TaskRisk risk) {
        return asOwner(() -> {
            TaskDraft draft = new TaskDraft();
            draft.setTitle(title);
            draft.setCategory(TaskCategory.MONITORING);
            draft.setRisk(risk);
            draft.setAssigneeEnrollmentId(enrollmentId);
            return tasks.create(draft);
        });
    }

    private long create(String participantLogin, TaskRisk risk, boolean goodFirstTask) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle("テスト用タスク " + UUID.randomUUID());
        draft.setCategory(TaskCategory.MONITORING);
        draft.setRisk(risk);
        draft.setGoodFirstTask(goodFirstTask);
        draft.setAssigneeEnrollmentId(participantLogin == null ? null : enrollments.idOf(participantLogin, COHORT));
        return tasks.create(draft);
    }

    private long asOwner(LongSupplier making) {
        SecurityContext before = SecurityContextHolder.getContext();
        signIn.as(DemoPeople.OWNER);
        try {
            return making.getAsLong();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
