package dev.ryugaku.core.task;

import java.time.Instant;

/** Something waiting for a mentor: a task handed in for review, or a pre-mortem to approve. */
public record ReviewItem(Kind kind, long taskId, String title, String assigneeName, Instant waitingSince) {

    public enum Kind {
        TASK,
        PREMORTEM
    }
}
