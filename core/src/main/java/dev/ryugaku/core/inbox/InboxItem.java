package dev.ryugaku.core.inbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that needs its reader now.
 *
 * @param key       the fact's identity, the same for as long as the fact holds (its read state hangs on it);
 *                  a changed fact (a check-in moved, a task handed in again) is a new key
 * @param subjectId what the item links to: the check-in, the task, or the rotation
 * @param about     whom or what it is about: a mentee's name, a task's title, an action item's text
 * @param time      when: the check-in's time or since when a review waits; null for dated items
 * @param date      when: an action item's due date, a rotation's last day, a follow-up's due date; null otherwise
 */
public record InboxItem(InboxKind kind, String key, long subjectId, String about, Instant time, LocalDate date,
                        boolean read) {

    InboxItem markedRead(boolean isRead) {
        return new InboxItem(kind, key, subjectId, about, time, date, isRead);
    }
}
