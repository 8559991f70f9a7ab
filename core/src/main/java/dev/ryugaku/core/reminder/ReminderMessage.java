package dev.ryugaku.core.reminder;

/** One mail to send: what kind, to whom, saying what. */
public record ReminderMessage(ReminderKind kind, Recipient recipient, ReminderContent content) {
}
