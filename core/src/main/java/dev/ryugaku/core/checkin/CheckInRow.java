package dev.ryugaku.core.checkin;

import java.time.Instant;

/** A check-in as its participant may see it: everything but the mentor's private notes. */
public record CheckInRow(long id, long version, Instant scheduledAt, CheckInStatus status, Instant heldAt,
                         Integer progress, Integer wellBeing, Integer confidence, String summary, String blockers,
                         String participantNote, String cancelReason) {
}
