package dev.ryugaku.core.reminder;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The channels each reminder goes out on, read in bulk for many: none when its recipient turned the
 * kind off; otherwise e-mail, Slack or both as they chose (e-mail while Slack is not connected); and
 * the program channel too for the weekly digest of the owner who connected it.
 */
@Component
class ReminderRouting {

    private static final Logger log = LoggerFactory.getLogger(ReminderRouting.class);

    private final ReminderRepository reminders;
    private final ReminderSettingsRepository settings;
    private final ReminderDeliveryRepository deliveries;
    private final ReminderSlack slack;

    ReminderRouting(ReminderRepository reminders, ReminderSettingsRepository settings,
                    ReminderDeliveryRepository deliveries, ReminderSlack slack) {
        this.reminders = reminders;
        this.settings = settings;
        this.deliveries = deliveries;
        this.slack = slack;
    }

    /** The reminders not turned off, each with its channels, in {@link DueReminder#RECORDING_ORDER}. */
    Map<DueReminder, Set<ReminderChannel>> route(Collection<DueReminder> due) {
        if (due.isEmpty()) {
            return Map.of();
        }
        Set<Long> recipients = new HashSet<>(due.stream().map(DueReminder::recipientId).toList());
        Set<OptOut> optOuts = optOuts(recipients);
        boolean slackConnected = slackConnected();
        Optional<Long> channelOwner = slackConnected && due.stream().anyMatch(d -> d.kind() == ReminderKind.ATTENTION_DIGEST)
                ? slack.channelDigestOwner() : Optional.empty();
        Map<OptOut, DeliveryChoice> choices = new HashMap<>();
        if (slackConnected) {
            deliveries.findSlackChoices(recipients).forEach(c -> choices.put(new OptOut(c.personId(), c.kind()), c.choice()));
        }
        Map<DueReminder, Set<ReminderChannel>> routed = new LinkedHashMap<>();
        due.stream().filter(d -> !optOuts.contains(new OptOut(d.recipientId(), d.kind())))
                .distinct().sorted(DueReminder.RECORDING_ORDER).forEach(reminder -> {
                    Set<ReminderChannel> channels = new TreeSet<>(choices.getOrDefault(
                            new OptOut(reminder.recipientId(), reminder.kind()), DeliveryChoice.MAIL).channels(slackConnected));
                    if (reminder.kind() == ReminderKind.ATTENTION_DIGEST
                            && channelOwner.filter(owner -> owner == reminder.recipientId()).isPresent()) {
                        // the digest of the owner who connected Slack is the program channel's too
                        channels.add(ReminderChannel.SLACK_CHANNEL);
                    }
                    routed.put(reminder, channels);
                });
        return routed;
    }

    /**
     * Whether Slack is connected; when its stored token cannot be opened (the sealing key changed),
     * reminders go by e-mail rather than the step that records them failing.
     */
    private boolean slackConnected() {
        try {
            return slack.connected();
        } catch (RuntimeException unreadable) {
            log.warn("Slack connection unreadable, reminders go by e-mail: {}", unreadable.toString());
            return false;
        }
    }

    /** Who of these people turned which kinds off. */
    Set<OptOut> optOuts(Collection<Long> personIds) {
        Set<Long> distinct = new HashSet<>(personIds);
        return distinct.isEmpty() ? Set.of() : new HashSet<>(settings.findOptOuts(distinct));
    }

    /**
     * Records these reminders now, in the caller's transaction (so they exist exactly when its change
     * commits), each once per channel, for the outbox's job to send on its next run.
     *
     * @return how many rows were new
     */
    int recordNow(Collection<DueReminder> due, Instant now) {
        int recorded = 0;
        for (Map.Entry<DueReminder, Set<ReminderChannel>> entry : route(due).entrySet()) {
            DueReminder reminder = entry.getKey();
            for (ReminderChannel channel : entry.getValue()) {
                recorded += reminders.insertIfAbsentOn(channel.name(), reminder.kind().name(), reminder.recipientId(),
                        reminder.subjectId(), reminder.subjectKey(), now, now);
            }
        }
        return recorded;
    }
}
