package dev.ryugaku.core.task;

import java.time.Instant;

/** A task that waits for someone since a moment. */
public record WaitingTask(long taskId, String title, String assigneeName, Instant since) {

    ReviewItem as(ReviewItem.Kind kind) {
        return new ReviewItem(kind, taskId, title, assigneeName, since);
    }
}
