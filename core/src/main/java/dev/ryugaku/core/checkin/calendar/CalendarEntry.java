package dev.ryugaku.core.checkin.calendar;

import dev.ryugaku.core.checkin.CheckInStatus;
import java.time.Instant;

/**
 * One check-in in a person's calendar feed: who it is with (the participant for a mentor, the
 * primary mentor for the participant; null while a rotation has no mentor) and in which cohort.
 */
public record CalendarEntry(long checkInId, Instant scheduledAt, CheckInStatus status, String cohortName,
                            String counterpart, boolean asMentor) {
}
