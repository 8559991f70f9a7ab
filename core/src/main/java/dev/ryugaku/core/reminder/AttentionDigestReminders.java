package dev.ryugaku.core.reminder;

import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.checkin.AttentionQueue;
import dev.ryugaku.core.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Owners' weekly digest of the attention queue: one per owner per ISO week (the key), sent by the
 * first daily run of the week, and only when someone needs attention.
 */
@Component
class AttentionDigestReminders implements ReminderSource {

    private final AttentionQueue attention;
    private final ProgramOwners owners;

    AttentionDigestReminders(AttentionQueue attention, ProgramOwners owners) {
        this.attention = attention;
        this.owners = owners;
    }

    @Override
    public Set<ReminderKind> kinds() {
        return Set.of(ReminderKind.ATTENTION_DIGEST);
    }

    @Override
    public List<DueReminder> due(Instant now) {
        if (attention.programAsOfNow(Person.DEFAULT_ZONE).isEmpty()) {
            return List.of();
        }
        String week = key(LocalDate.ofInstant(now, Person.DEFAULT_ZONE));
        return owners.activeOwnerIds().stream()
                .map(owner -> new DueReminder(ReminderKind.ATTENTION_DIGEST, owner, null, week)).toList();
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        List<AttentionEntry> queue = attention.programAsOfNow(Person.DEFAULT_ZONE);
        Map<Long, ReminderContent> contents = new HashMap<>();
        if (!queue.isEmpty()) {
            pending.forEach(reminder -> contents.put(reminder.id(), new ReminderContent.AttentionDigest(queue)));
        }
        return contents;
    }

    /** The ISO week of the program's calendar, e.g. {@code attention-digest:2026-W47}. */
    static String key(LocalDate day) {
        return "attention-digest:%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
