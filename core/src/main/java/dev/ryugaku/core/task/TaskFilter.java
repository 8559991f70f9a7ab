package dev.ryugaku.core.task;

/** The board's filters; null means any. */
public record TaskFilter(Long cohortId, Long assigneeEnrollmentId, TaskCategory category, TaskRisk risk,
                         boolean includeDropped) {

    public static TaskFilter any() {
        return new TaskFilter(null, null, null, null, false);
    }
}
