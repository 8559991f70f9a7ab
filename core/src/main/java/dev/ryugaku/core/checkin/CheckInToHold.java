package dev.ryugaku.core.checkin;

import java.time.Instant;

/** A check-in on the mentor's list: whose it is, when, and whether its time has passed unrecorded. */
public record CheckInToHold(long id, long enrollmentId, String participantName, Instant scheduledAt,
                            String participantNote) {

    public boolean isOverdue(Instant now) {
        return scheduledAt.isBefore(now);
    }
}
