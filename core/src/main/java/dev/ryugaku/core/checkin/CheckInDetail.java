package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One check-in as the viewer may see it. {@code privateNotes} is always null for the participant:
 * the service leaves it out, the page cannot show what it never gets.
 *
 * @param mentorZone      the zone the mentor's slot is in; new times are checked against the rotation's days there
 * @param agreedHere      action items agreed at this check-in
 * @param openFromEarlier action items from earlier check-ins not ticked off yet
 * @param maySupervise    the viewer is a mentor of the rotation or an owner: may record, move, cancel
 * @param isParticipant   the viewer is the participant: may write the pre-check-in note
 */
public record CheckInDetail(long id, long version, long enrollmentId, String participantName, String mentorName,
                            String cohortName, Instant scheduledAt, CheckInStatus status, boolean pinned,
                            Instant heldAt, Integer progress, Integer wellBeing, Integer confidence, String summary,
                            String privateNotes, String blockers, String participantNote, String cancelReason,
                            LocalDate rotationStart, LocalDate rotationEnd, ZoneId mentorZone,
                            List<ActionItemRow> agreedHere, List<ActionItemRow> openFromEarlier,
                            boolean maySupervise, boolean isParticipant) {

    public boolean isOpen() {
        return CheckInRules.isOpen(status);
    }
}
