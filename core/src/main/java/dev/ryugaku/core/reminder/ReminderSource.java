package dev.ryugaku.core.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One family of reminders (a Spring bean): finds which are due and, when they are sent, what they
 * say. Both read in bulk — a few queries for every recipient, never one per person.
 */
public interface ReminderSource {

    /** The kinds this source finds; pending reminders of these kinds come back to {@link #contents}. */
    Set<ReminderKind> kinds();

    /** The reminders due now. Each is recorded once by its key, so finding one again on the next run is harmless. */
    List<DueReminder> due(Instant now);

    /**
     * What each pending reminder says, by reminder id, from the data as it is now. A reminder left
     * out has become pointless (the check-in was held, moved, cancelled …) and is skipped.
     */
    Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now);
}
