package dev.ryugaku.core.task;

/** An enrollment a task can be assigned to. */
public record AssigneeOption(long enrollmentId, String personName, String cohortName) {
}
