package dev.ryugaku.core.reminder;

import java.time.LocalDate;
import java.time.ZoneId;

/** An open action item a participant owns, with the participant's zone (their "today"). */
public record ParticipantActionItem(long itemId, String text, LocalDate dueDate, long checkInId, long participantId,
                                    String participantZone) {

    public ZoneId zone() {
        return ZoneId.of(participantZone);
    }
}
