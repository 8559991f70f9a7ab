package dev.ryugaku.core.reminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The participants' open action items the reminders look at, read in bulk; implemented in persistence. */
public interface ActionItemReminderFacts {

    /** Open PARTICIPANT-owned items of ACTIVE rotations due on or before {@code latest}, of active participants. */
    List<ParticipantActionItem> openDueBy(LocalDate latest);

    /** The same, for these participants only (when sending). */
    List<ParticipantActionItem> openDueByFor(LocalDate latest, Collection<Long> participantIds);
}
