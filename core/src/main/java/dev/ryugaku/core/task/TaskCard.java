package dev.ryugaku.core.task;

import java.time.Instant;
import java.time.LocalDate;

/** A task as the board, the list and the broken-window backlog show it. */
public record TaskCard(long id, String title, TaskCategory category, TaskPriority priority, TaskRisk risk,
                       TaskStatus status, String assigneeName, String cohortName, LocalDate dueDate,
                       boolean goodFirstTask, Instant createdAt) {
}
