package dev.ryugaku.core.task;

import dev.ryugaku.core.shared.MessageKeyed;

/** BACKLOG → READY → IN_PROGRESS → IN_REVIEW → DONE, or DROPPED. */
public enum TaskStatus implements MessageKeyed {
    BACKLOG,
    READY,
    IN_PROGRESS,
    IN_REVIEW,
    DONE,
    DROPPED;

    public boolean isOpen() {
        return this != DONE && this != DROPPED;
    }

    @Override
    public String messageKey() {
        return "task.status." + name();
    }
}
