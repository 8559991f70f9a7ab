package dev.ryugaku.core.task;

import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * プレモーテム: the assignee writes it (scenario, root causes, prevention, rollback) and submits it;
 * the reviewer or an owner approves it or sends it back with a comment. A HIGH-risk task cannot
 * start without an approved one.
 */
@Service
public class PreMortemService {

    static final String RECORD_TYPE = "PreMortem";

    private final TaskService taskService;
    private final TaskRepository tasks;
    private final CurrentActor currentActor;
    private final Clock clock;

    public PreMortemService(TaskService taskService, TaskRepository tasks, CurrentActor currentActor, Clock clock) {
        this.taskService = taskService;
        this.tasks = tasks;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PreMortemView get(long taskId) {
        Actor actor = currentActor.get();
        ImprovementTask task = taskService.visible(actor, taskId);
        Set<TaskRole> roles = TaskRole.of(actor, TaskParties.of(task));
        if (roles.isEmpty()) {
            throw AccessDenials.hidden(actor, "read", RECORD_TYPE, taskId);
        }
        var preMortem = tasks.findPreMortemByTaskId(taskId);
        boolean mayWrite = roles.contains(TaskRole.ASSIGNEE) && task.getStatus().isOpen()
                && preMortem.map(p -> p.getStatus() == PreMortemStatus.DRAFT || p.getStatus() == PreMortemStatus.SENT_BACK)
                .orElse(true);
        boolean mayReview = (roles.contains(TaskRole.REVIEWER) || roles.contains(TaskRole.OWNER))
                && preMortem.map(p -> p.getStatus() == PreMortemStatus.SUBMITTED).orElse(false);
        return preMortem.map(p -> new PreMortemView(taskId, task.getTitle(), task.getRisk(), p.getId(), p.getVersion(),
                        p.getStatus(), p.toDraft(), p.getSubmittedAt(),
                        p.getReviewedBy() == null ? null : p.getReviewedBy().getDisplayName(), p.getReviewedAt(),
                        p.getReviewComment(), mayWrite, mayReview))
                .orElse(new PreMortemView(taskId, task.getTitle(), task.getRisk(), null, 0, null,
                        new PreMortemDraft("", "", "", ""), null, null, null, null, mayWrite, false));
    }

    /**
     * Saves what the assignee wrote and, with {@code submit}, hands it to the reviewer.
     *
     * @param expectedVersion the version read, ignored for a first draft
     */
    @Transactional
    public void write(long taskId, long expectedVersion, PreMortemDraft draft, boolean submit) {
        Actor actor = currentActor.get();
        ImprovementTask task = taskService.visible(actor, taskId);
        if (!TaskRole.of(actor, TaskParties.of(task)).contains(TaskRole.ASSIGNEE)) {
            throw AccessDenials.refused(actor, "write", RECORD_TYPE, taskId);
        }
        PreMortem preMortem = tasks.findPreMortemByTaskId(taskId).orElse(null);
        if (preMortem != null) {
            Versions.require(preMortem.getVersion(), expectedVersion, RECORD_TYPE, taskId);
            if (preMortem.getStatus() == PreMortemStatus.SUBMITTED || preMortem.getStatus() == PreMortemStatus.APPROVED) {
                throw new InvalidInputException(List.of(Violation.of("", TaskProblem.PREMORTEM_LOCKED)));
            }
        }
        List<Violation> violations = TaskRules.checkPreMortem(draft);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (preMortem == null) {
            preMortem = new PreMortem(task, taskService.person(actor));
            preMortem.write(draft);
            preMortem = tasks.savePreMortem(preMortem);
        } else {
            preMortem.write(draft);
        }
        if (submit) {
            preMortem.submit(clock.instant());
        }
    }

    @Transactional
    public void approve(long taskId, long expectedVersion) {
        review(taskId, expectedVersion, true, null);
    }

    @Transactional
    public void sendBack(long taskId, long expectedVersion, String comment) {
        review(taskId, expectedVersion, false, comment);
    }

    private void review(long taskId, long expectedVersion, boolean approve, String comment) {
        Actor actor = currentActor.get();
        ImprovementTask task = taskService.visible(actor, taskId);
        Set<TaskRole> roles = TaskRole.of(actor, TaskParties.of(task));
        if (!roles.contains(TaskRole.REVIEWER) && !roles.contains(TaskRole.OWNER)) {
            throw AccessDenials.refused(actor, approve ? "approve" : "send back", RECORD_TYPE, taskId);
        }
        PreMortem preMortem = tasks.findPreMortemByTaskId(taskId).orElseThrow(() ->
                new InvalidInputException(List.of(Violation.of("", TaskProblem.PREMORTEM_NOT_SUBMITTED))));
        Versions.require(preMortem.getVersion(), expectedVersion, RECORD_TYPE, taskId);
        if (preMortem.getStatus() != PreMortemStatus.SUBMITTED) {
            throw new InvalidInputException(List.of(Violation.of("", TaskProblem.PREMORTEM_NOT_SUBMITTED)));
        }
        if (approve) {
            preMortem.approve(taskService.person(actor), clock.instant());
        } else {
            List<Violation> violations = TaskRules.checkComment(comment, true);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            preMortem.sendBack(taskService.person(actor), clock.instant(), comment);
        }
    }
}
