package dev.ryugaku.core.reminder;

import java.util.Comparator;

/**
 * A reminder that is due, as a {@link ReminderSource} finds it. {@code subjectKey} makes it unique
 * per kind and recipient: recording the same one again changes nothing.
 *
 * @param subjectId the record it is about (e.g. the check-in), for reading its details when sending
 */
public record DueReminder(ReminderKind kind, long recipientId, Long subjectId, String subjectKey) {

    /** Recording order: the same for every replica, so that two recording at once never deadlock. */
    static final Comparator<DueReminder> RECORDING_ORDER = Comparator.comparing(DueReminder::kind)
            .thenComparingLong(DueReminder::recipientId).thenComparing(DueReminder::subjectKey);
}
