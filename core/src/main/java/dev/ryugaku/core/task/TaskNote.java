package dev.ryugaku.core.task;

import java.time.Instant;

/** A line of a task's thread: a comment, or a status change (then {@code from}/{@code to} are set). */
public record TaskNote(Instant at, String authorName, String text, TaskStatus from, TaskStatus to) {

    public boolean isStatusChange() {
        return to != null;
    }
}
