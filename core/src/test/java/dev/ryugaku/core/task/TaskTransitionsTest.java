package dev.ryugaku.core.task;

import static dev.ryugaku.core.task.TaskStatus.BACKLOG;
import static dev.ryugaku.core.task.TaskStatus.DONE;
import static dev.ryugaku.core.task.TaskStatus.DROPPED;
import static dev.ryugaku.core.task.TaskStatus.IN_PROGRESS;
import static dev.ryugaku.core.task.TaskStatus.IN_REVIEW;
import static dev.ryugaku.core.task.TaskStatus.READY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.Violation;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskTransitionsTest {

    private static final Set<TaskRole> ASSIGNEE = EnumSet.of(TaskRole.ASSIGNEE);
    private static final Set<TaskRole> REVIEWER = EnumSet.of(TaskRole.REVIEWER);
    private static final Set<TaskRole> MENTOR = EnumSet.of(TaskRole.MENTOR_OF_ASSIGNEE);
    private static final Set<TaskRole> OWNER = EnumSet.of(TaskRole.OWNER);

    private static List<TaskProblem> problems(List<Violation> violations) {
        return violations.stream().map(v -> (TaskProblem) v.reason()).toList();
    }

    @Test
    void onlyTheAssigneeStartsWorkAndHandsItIn() {
        assertThat(TaskTransitions.mayMove(ASSIGNEE, READY, IN_PROGRESS)).isTrue();
        assertThat(TaskTransitions.mayMove(ASSIGNEE, IN_PROGRESS, IN_REVIEW)).isTrue();
        for (Set<TaskRole> others : List.of(REVIEWER, MENTOR, OWNER)) {
            assertThat(TaskTransitions.mayMove(others, READY, IN_PROGRESS)).as("%s starts", others).isFalse();
            assertThat(TaskTransitions.mayMove(others, IN_PROGRESS, IN_REVIEW)).as("%s hands in", others).isFalse();
        }
    }

    @Test
    void onlyTheReviewerOrAnOwnerAcceptsOrSendsBackWork() {
        assertThat(TaskTransitions.mayMove(REVIEWER, IN_REVIEW, DONE)).isTrue();
        assertThat(TaskTransitions.mayMove(OWNER, IN_REVIEW, DONE)).isTrue();
        assertThat(TaskTransitions.mayMove(REVIEWER, IN_REVIEW, IN_PROGRESS)).isTrue();
        assertThat(TaskTransitions.mayMove(ASSIGNEE, IN_REVIEW, DONE)).isFalse();
        assertThat(TaskTransitions.mayMove(MENTOR, IN_REVIEW, DONE)).isFalse();
        assertThat(TaskTransitions.mayMove(ASSIGNEE, IN_REVIEW, IN_PROGRESS)).isFalse();
    }

    @Test
    void theWorkflowHasNoShortcuts() {
        assertThat(TaskTransitions.mayMove(OWNER, BACKLOG, DONE)).isFalse();
        assertThat(TaskTransitions.mayMove(ASSIGNEE, BACKLOG, IN_PROGRESS)).isFalse();
        assertThat(TaskTransitions.mayMove(REVIEWER, IN_PROGRESS, DONE)).isFalse();
        assertThat(TaskTransitions.movesFrom(DONE)).isEmpty();
    }

    @Test
    void supervisorsPlanAndDropWorkButOnlyOwnersReopenIt() {
        assertThat(TaskTransitions.mayMove(MENTOR, BACKLOG, READY)).isTrue();
        assertThat(TaskTransitions.mayMove(ASSIGNEE, BACKLOG, READY)).isFalse();
        assertThat(TaskTransitions.mayMove(MENTOR, READY, DROPPED)).isTrue();
        assertThat(TaskTransitions.mayMove(ASSIGNEE, READY, DROPPED)).isFalse();
        assertThat(TaskTransitions.mayMove(OWNER, DROPPED, BACKLOG)).isTrue();
        assertThat(TaskTransitions.mayMove(MENTOR, DROPPED, BACKLOG)).isFalse();
    }

    @Test
    void theAssigneeSeesOnlyTheirMoves() {
        assertThat(TaskTransitions.movesFor(ASSIGNEE, READY)).containsExactly(IN_PROGRESS);
        assertThat(TaskTransitions.movesFor(EnumSet.of(TaskRole.ASSIGNEE, TaskRole.OWNER), IN_REVIEW))
                .containsExactlyInAnyOrder(DONE, IN_PROGRESS);
    }

    @Test
    void aHighRiskTaskCannotStartWithoutAnApprovedPreMortem() {
        assertThat(problems(TaskTransitions.gates(READY, IN_PROGRESS, TaskRisk.HIGH, null, null, null)))
                .containsExactly(TaskProblem.PREMORTEM_REQUIRED);
        assertThat(problems(TaskTransitions.gates(READY, IN_PROGRESS, TaskRisk.HIGH, PreMortemStatus.SUBMITTED, null, null)))
                .containsExactly(TaskProblem.PREMORTEM_REQUIRED);
        assertThat(problems(TaskTransitions.gates(READY, IN_PROGRESS, TaskRisk.HIGH, PreMortemStatus.SENT_BACK, null, null)))
                .containsExactly(TaskProblem.PREMORTEM_REQUIRED);
        assertThat(TaskTransitions.gates(READY, IN_PROGRESS, TaskRisk.HIGH, PreMortemStatus.APPROVED, null, null)).isEmpty();
    }

    @Test
    void aMediumRiskTaskMayStartWithoutAPreMortem() {
        assertThat(TaskTransitions.gates(READY, IN_PROGRESS, TaskRisk.MEDIUM, null, null, null)).isEmpty();
        assertThat(TaskTransitions.gates(READY, IN_PROGRESS, TaskRisk.LOW, null, null, null)).isEmpty();
    }

    @Test
    void doneNeedsAnOutcomeAndSendingBackNeedsAComment() {
        assertThat(problems(TaskTransitions.gates(IN_REVIEW, DONE, TaskRisk.LOW, null, " ", null)))
                .containsExactly(TaskProblem.OUTCOME_REQUIRED);
        assertThat(TaskTransitions.gates(IN_REVIEW, DONE, TaskRisk.LOW, null, "月3万円削減", null)).isEmpty();
        assertThat(problems(TaskTransitions.gates(IN_REVIEW, IN_PROGRESS, TaskRisk.LOW, null, null, "")))
                .containsExactly(TaskProblem.COMMENT_REQUIRED);
        assertThat(TaskTransitions.gates(IN_REVIEW, IN_PROGRESS, TaskRisk.LOW, null, null, "ロールバック手順を追記して")).isEmpty();
    }

    @Test
    void relationsFollowThePeopleOfTheTask() {
        Actor mentor = new Actor(7, "高橋", Set.of(Role.MENTOR), ZoneId.of("Asia/Tokyo"));
        TaskParties parties = new TaskParties(3L, Set.of(7L), 9L);
        assertThat(TaskRole.of(mentor, parties)).containsExactly(TaskRole.MENTOR_OF_ASSIGNEE);
        Actor owner = new Actor(9, "佐藤", Set.of(Role.PROGRAM_OWNER), ZoneId.of("Asia/Tokyo"));
        assertThat(TaskRole.of(owner, parties)).containsExactlyInAnyOrder(TaskRole.OWNER, TaskRole.REVIEWER);
        Actor stranger = new Actor(4, "他", Set.of(Role.PARTICIPANT), ZoneId.of("Asia/Tokyo"));
        assertThat(TaskRole.of(stranger, parties)).isEmpty();
    }
}
