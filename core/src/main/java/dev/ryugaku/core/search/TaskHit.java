package dev.ryugaku.core.search;

import dev.ryugaku.core.task.TaskStatus;

/** An improvement task found, with whom it is assigned to (null when nobody). */
public record TaskHit(long taskId, String title, TaskStatus status, String assigneeName) {
}
