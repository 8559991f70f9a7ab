package dev.ryugaku.core.task;

/** Published inside the transaction that moves a task to DONE: the program channel is told, with its measured impact. */
public record TaskDone(long taskId) {
}
