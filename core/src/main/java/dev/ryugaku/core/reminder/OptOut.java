package dev.ryugaku.core.reminder;

/** A person turned a kind of reminder off. */
public record OptOut(long personId, ReminderKind kind) {
}
