package dev.ryugaku.core.task;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The task workflow as small named rules: which moves exist, who may make each, and the gates a
 * move must pass (a HIGH-risk task needs an approved pre-mortem before work starts; DONE needs an
 * outcome; sending back needs a comment).
 */
public final class TaskTransitions {

    private static final Map<TaskStatus, Set<TaskStatus>> MOVES = Map.of(
            TaskStatus.BACKLOG, EnumSet.of(TaskStatus.READY, TaskStatus.DROPPED),
            TaskStatus.READY, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.BACKLOG, TaskStatus.DROPPED),
            TaskStatus.IN_PROGRESS, EnumSet.of(TaskStatus.IN_REVIEW, TaskStatus.READY, TaskStatus.DROPPED),
            TaskStatus.IN_REVIEW, EnumSet.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS),
            TaskStatus.DONE, EnumSet.noneOf(TaskStatus.class),
            TaskStatus.DROPPED, EnumSet.of(TaskStatus.BACKLOG));

    private static final Set<TaskRole> SUPERVISORS = EnumSet.of(TaskRole.OWNER, TaskRole.MENTOR_OF_ASSIGNEE, TaskRole.REVIEWER);
    private static final Set<TaskRole> JUDGES = EnumSet.of(TaskRole.OWNER, TaskRole.REVIEWER);

    private TaskTransitions() {
    }

    /** The moves the workflow has from a status, whoever makes them. */
    public static Set<TaskStatus> movesFrom(TaskStatus from) {
        return MOVES.get(from);
    }

    /** Whether someone standing in these roles may make the move. */
    public static boolean mayMove(Set<TaskRole> roles, TaskStatus from, TaskStatus to) {
        if (!movesFrom(from).contains(to)) {
            return false;
        }
        return switch (to) {
            // only the person doing the work starts it and hands it in
            case IN_PROGRESS -> from == TaskStatus.IN_REVIEW ? intersects(roles, JUDGES) : roles.contains(TaskRole.ASSIGNEE);
            case IN_REVIEW -> roles.contains(TaskRole.ASSIGNEE);
            // only the reviewer or an owner accepts the work
            case DONE -> intersects(roles, JUDGES);
            case READY -> from == TaskStatus.IN_PROGRESS ? roles.contains(TaskRole.ASSIGNEE) || intersects(roles, SUPERVISORS)
                    : intersects(roles, SUPERVISORS);
            case BACKLOG -> from == TaskStatus.DROPPED ? roles.contains(TaskRole.OWNER) : intersects(roles, SUPERVISORS);
            case DROPPED -> intersects(roles, SUPERVISORS);
        };
    }

    /** The moves someone standing in these roles may make now. */
    public static Set<TaskStatus> movesFor(Set<TaskRole> roles, TaskStatus from) {
        Set<TaskStatus> moves = EnumSet.noneOf(TaskStatus.class);
        for (TaskStatus to : movesFrom(from)) {
            if (mayMove(roles, from, to)) {
                moves.add(to);
            }
        }
        return moves;
    }

    /**
     * The gates of a move that is allowed: the pre-mortem gate, the outcome for DONE, the comment
     * for sending work back.
     */
    public static List<Violation> gates(TaskStatus from, TaskStatus to, TaskRisk risk, PreMortemStatus preMortem,
                                        String outcome, String comment) {
        if (to == TaskStatus.IN_PROGRESS && from == TaskStatus.READY && risk == TaskRisk.HIGH
                && preMortem != PreMortemStatus.APPROVED) {
            return List.of(of("", TaskProblem.PREMORTEM_REQUIRED));
        }
        if (to == TaskStatus.DONE && (outcome == null || outcome.isBlank())) {
            return List.of(of("outcome", TaskProblem.OUTCOME_REQUIRED));
        }
        if (to == TaskStatus.IN_PROGRESS && from == TaskStatus.IN_REVIEW) {
            return TaskRules.checkComment(comment, true);
        }
        return TaskRules.checkComment(comment, false);
    }

    private static boolean intersects(Set<TaskRole> roles, Set<TaskRole> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
