package dev.ryugaku.core.reminder;

import java.time.LocalDate;

/** When a participant's open action item is reminded of: the mail and the inbox share this rule. */
public final class ActionItemReminderPolicy {

    /** "Due within two days": today, tomorrow and the day after, in the participant's zone. */
    public static final int DAYS_AHEAD = 2;

    private ActionItemReminderPolicy() {
    }

    /** Due today or in the next two days of the participant's {@code today}, or already overdue. */
    public static boolean isDueSoon(LocalDate dueDate, LocalDate today) {
        return !dueDate.isAfter(today.plusDays(DAYS_AHEAD));
    }
}
