package dev.ryugaku.core.reminder;

/** One person's delivery choice for one kind, as read in one query for many. */
public record SlackChoice(long personId, ReminderKind kind, DeliveryChoice choice) {
}
