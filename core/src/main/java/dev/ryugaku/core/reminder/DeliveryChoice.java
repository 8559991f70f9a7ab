package dev.ryugaku.core.reminder;

import dev.ryugaku.core.shared.MessageKeyed;
import java.util.EnumSet;
import java.util.Set;

/** What a person chose for one kind of reminder under 設定: e-mail (the default), Slack, or both. */
public enum DeliveryChoice implements MessageKeyed {
    MAIL(EnumSet.of(ReminderChannel.MAIL)),
    SLACK(EnumSet.of(ReminderChannel.SLACK)),
    MAIL_AND_SLACK(EnumSet.of(ReminderChannel.MAIL, ReminderChannel.SLACK));

    private final Set<ReminderChannel> channels;

    DeliveryChoice(Set<ReminderChannel> channels) {
        this.channels = channels;
    }

    /** The channels a reminder goes out on; e-mail only while Slack is not connected. */
    public Set<ReminderChannel> channels(boolean slackConnected) {
        return slackConnected ? EnumSet.copyOf(channels) : EnumSet.of(ReminderChannel.MAIL);
    }

    @Override
    public String messageKey() {
        return "slack.choice." + name();
    }
}
