package dev.ryugaku.core.reminder;

/** PENDING until sent (SENT), given up after too many failures (FAILED), or no longer wanted (SKIPPED). */
public enum ReminderStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED
}
