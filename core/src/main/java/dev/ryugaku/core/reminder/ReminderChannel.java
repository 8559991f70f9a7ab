package dev.ryugaku.core.reminder;

/** Where a reminder is delivered: by e-mail, or as a Slack direct message. */
public enum ReminderChannel {
    MAIL,
    SLACK
}
