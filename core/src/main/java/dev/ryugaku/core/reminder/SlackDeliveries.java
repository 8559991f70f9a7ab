package dev.ryugaku.core.reminder;

import java.util.List;

/**
 * Where the signed-in person's reminders go, for 設定.
 *
 * @param version   for the concurrent-edit check; {@link ReminderPreferences#NEVER_SAVED} before the first save
 * @param connected whether a Slack workspace is connected: until then everything goes by e-mail
 * @param mayConnect whether the person is a program owner, who connects the workspace
 * @param kinds     the kinds of the person's roles, each with its choice
 */
public record SlackDeliveries(long version, boolean connected, boolean mayConnect, List<Delivery> kinds) {

    public record Delivery(ReminderKind kind, DeliveryChoice choice) {
    }
}
