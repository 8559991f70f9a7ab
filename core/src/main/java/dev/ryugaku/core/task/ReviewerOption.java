package dev.ryugaku.core.task;

/** A mentor who can review a task. */
public record ReviewerOption(long id, String displayName) {
}
