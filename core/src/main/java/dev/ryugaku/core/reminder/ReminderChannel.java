package dev.ryugaku.core.reminder;

/** Where a reminder is delivered: by e-mail, as a Slack direct message, or posted to the program's Slack channel. */
public enum ReminderChannel {
    MAIL,
    SLACK,
    /** The program channel, through its incoming webhook: the weekly attention digest and the {@link ReminderKind#CHANNEL_POSTS}. */
    SLACK_CHANNEL
}
