package dev.ryugaku.core.task;

import java.time.Instant;

/** A task's pre-mortem as its page shows it, and what the viewer may do with it. */
public record PreMortemView(long taskId, String taskTitle, TaskRisk risk, Long id, long version, PreMortemStatus status,
                            PreMortemDraft draft, Instant submittedAt, String reviewedByName, Instant reviewedAt,
                            String reviewComment, boolean mayWrite, boolean mayReview) {
}
