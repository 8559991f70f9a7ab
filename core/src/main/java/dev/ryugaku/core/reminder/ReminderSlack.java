package dev.ryugaku.core.reminder;

import java.util.Optional;

/** Sends a reminder as a Slack direct message; implemented in the web layer over Slack's Web API. */
public interface ReminderSlack {

    /** Whether a workspace is connected (a bot token is stored): only then are Slack reminders recorded. */
    boolean connected();

    /**
     * Posts the message to the recipient, found by their e-mail address, and returns once Slack accepted it.
     *
     * @throws DeliveryDeferred when Slack asks to wait (rate limited): tried again after the wait
     * @throws DeliveryRefused  when it cannot be delivered (not connected, no Slack user with the address): skipped
     * @throws RuntimeException when Slack failed otherwise: tried again later, as a failed mail is
     */
    void send(ReminderMessage message);

    /** The owner whose weekly attention digest is also posted to the program channel, while a channel is connected. */
    Optional<Long> channelDigestOwner();

    /**
     * Posts to the program channel: the weekly attention digest, or one of the {@link ReminderKind#CHANNEL_POSTS}.
     *
     * @throws DeliveryDeferred when Slack asks to wait, as for {@link #send}
     */
    void post(ReminderMessage post);
}
