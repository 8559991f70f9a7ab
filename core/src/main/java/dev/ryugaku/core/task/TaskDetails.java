package dev.ryugaku.core.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Everything the task page shows, and what the viewer may do with it. */
public record TaskDetails(long id, long version, String title, String description, TaskCategory category,
                          TaskPriority priority, TaskRisk risk, TaskStatus status, String cohortName,
                          Long assigneeEnrollmentId, String assigneeName, Long reviewerId, String reviewerName, LocalDate dueDate,
                          String externalLink, boolean goodFirstTask, String outcome, BigDecimal costSavedPerMonth,
                          BigDecimal toilHoursSavedPerMonth, String createdByName, Instant createdAt,
                          PreMortemStatus preMortemStatus, Set<TaskStatus> moves, boolean editable,
                          boolean mayComment, boolean mayTake, boolean mayWritePreMortem) {
}
