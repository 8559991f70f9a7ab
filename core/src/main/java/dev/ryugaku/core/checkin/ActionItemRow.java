package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.time.LocalDate;

/** An action item as lists show it, with the check-in it was agreed at. */
public record ActionItemRow(long id, long version, long enrollmentId, long checkInId, Instant agreedAt, String text,
                            ActionItemOwner owner, LocalDate dueDate, Instant doneAt) {

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueDate.isBefore(today);
    }
}
