package dev.ryugaku.core.task;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records tasks as they already are, with their history and pre-mortem: for the demo program and
 * for loading data from elsewhere. It bypasses the workflow's checks on purpose, so it is never
 * reachable from a screen; callers run inside their own transaction.
 */
@Component
public class TaskImport {

    private final TaskRepository tasks;

    public TaskImport(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** A task that reached {@code status}, created by {@code creator} at {@code createdAt}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ImprovementTask task(TaskDraft draft, TaskStatus status, Cohort cohort, Enrollment assignee, Person reviewer,
                                Person creator, Instant createdAt) {
        ImprovementTask task = tasks.save(new ImprovementTask(draft, TaskStatus.BACKLOG, cohort, assignee, reviewer,
                creator, createdAt));
        tasks.saveStatusChange(new TaskStatusChange(task, null, TaskStatus.BACKLOG, creator, createdAt));
        if (status != TaskStatus.BACKLOG) {
            Instant changedAt = createdAt.plusSeconds(3600);
            task.moveTo(status, changedAt);
            tasks.saveStatusChange(new TaskStatusChange(task, TaskStatus.BACKLOG, status, creator, changedAt));
        }
        return task;
    }

    /** A pre-mortem in the given state; a reviewer and review time for approved or sent-back ones. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PreMortem preMortem(ImprovementTask task, Person author, PreMortemDraft draft, PreMortemStatus status,
                               Instant submittedAt, Person reviewer) {
        PreMortem preMortem = new PreMortem(task, author);
        preMortem.write(draft);
        if (status != PreMortemStatus.DRAFT) {
            preMortem.submit(submittedAt);
        }
        if (status == PreMortemStatus.APPROVED) {
            preMortem.approve(reviewer, submittedAt.plusSeconds(7200));
        }
        return tasks.savePreMortem(preMortem);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void comment(ImprovementTask task, Person author, Instant at, String text) {
        tasks.saveComment(new TaskComment(task, author, at, text));
    }
}
