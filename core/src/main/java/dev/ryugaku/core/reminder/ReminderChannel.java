package dev.ryugaku.core.reminder;

/** Where a reminder is delivered: by e-mail, as a Slack direct message, or posted to the program's Slack channel. */
public enum ReminderChannel {
    MAIL,
    SLACK,
    /** The weekly attention digest, posted through the channel's incoming webhook. */
    SLACK_CHANNEL
}
