package dev.ryugaku.core.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Participants' reminder: their open action items due within two days (overdue ones included), at
 * most one mail a day per participant — the key is the participant's date.
 */
@Component
class ActionItemReminders implements ReminderSource {

    static final int DAYS_AHEAD = ActionItemReminderPolicy.DAYS_AHEAD;

    private final ActionItemReminderFacts facts;

    ActionItemReminders(ActionItemReminderFacts facts) {
        this.facts = facts;
    }

    @Override
    public Set<ReminderKind> kinds() {
        return Set.of(ReminderKind.ACTION_ITEMS_DUE);
    }

    @Override
    public List<DueReminder> due(Instant now) {
        // a day of slack covers every zone; each item is then judged in its participant's own zone
        return facts.openDueBy(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DAYS_AHEAD + 1)).stream()
                .filter(item -> isDueSoon(item, now))
                .collect(Collectors.groupingBy(ParticipantActionItem::participantId)).values().stream()
                .map(List::getFirst)
                .map(item -> new DueReminder(ReminderKind.ACTION_ITEMS_DUE, item.participantId(), null,
                        key(LocalDate.ofInstant(now, item.zone()))))
                .toList();
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        List<Long> participants = pending.stream().map(p -> p.recipient().personId()).distinct().toList();
        Map<Long, List<ParticipantActionItem>> open = facts.openDueByFor(
                        LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DAYS_AHEAD + 1), participants).stream()
                .filter(item -> isDueSoon(item, now))
                .collect(Collectors.groupingBy(ParticipantActionItem::participantId));
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (PendingReminder reminder : pending) {
            List<ParticipantActionItem> items = open.getOrDefault(reminder.recipient().personId(), List.of());
            if (!items.isEmpty()) {
                contents.put(reminder.id(), new ReminderContent.ActionItems(items.stream()
                        .sorted(Comparator.comparing(ParticipantActionItem::dueDate).thenComparing(ParticipantActionItem::itemId))
                        .map(i -> new ReminderContent.ActionItems.Item(i.text(), i.dueDate(), i.checkInId())).toList()));
            }
        }
        return contents;
    }

    /** Due today or in the next two days in the participant's zone, or already overdue. */
    static boolean isDueSoon(ParticipantActionItem item, Instant now) {
        return ActionItemReminderPolicy.isDueSoon(item.dueDate(), LocalDate.ofInstant(now, item.zone()));
    }

    static String key(LocalDate participantsToday) {
        return "action-items:" + participantsToday;
    }
}
