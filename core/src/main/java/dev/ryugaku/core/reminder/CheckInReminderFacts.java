package dev.ryugaku.core.reminder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The check-ins the mentor reminders look at, read in bulk; implemented in the persistence module. */
public interface CheckInReminderFacts {

    /**
     * SCHEDULED check-ins of ACTIVE rotations due in {@code [from, to)}, once for each active
     * mentor (primary and second) of the rotation.
     */
    List<MentorCheckIn> scheduledBetween(Instant from, Instant to);

    /** These check-ins as they are now, whatever their status, once for each mentor of their rotation. */
    List<MentorCheckIn> findByCheckInIds(Collection<Long> checkInIds);
}
