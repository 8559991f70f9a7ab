package dev.ryugaku.core.reminder;

import java.time.ZoneId;
import java.util.Locale;

/** A recorded reminder waiting to be sent, with its recipient, as read in one query for many. */
public record PendingReminder(long id, ReminderKind kind, Long subjectId, String subjectKey, int attempts,
                              Recipient recipient, ReminderChannel channel) {

    /** The shape a JPQL constructor expression can fill. */
    public PendingReminder(long id, ReminderKind kind, Long subjectId, String subjectKey, int attempts, long personId,
                           String email, String displayName, String locale, String zone, boolean active,
                           ReminderChannel channel) {
        this(id, kind, subjectId, subjectKey, attempts,
                new Recipient(personId, email, displayName, Locale.forLanguageTag(locale), ZoneId.of(zone), active), channel);
    }
}
