package dev.ryugaku.persistence.task;

import dev.ryugaku.core.task.PreMortem;
import dev.ryugaku.core.task.TaskComment;
import dev.ryugaku.core.task.TaskStatusChange;
import java.util.Optional;

/** The task aggregate's parts that have no repository of their own. */
interface TaskWrites {

    TaskComment saveComment(TaskComment comment);

    TaskStatusChange saveStatusChange(TaskStatusChange change);

    Optional<PreMortem> findPreMortemByTaskId(long taskId);

    PreMortem savePreMortem(PreMortem preMortem);
}
