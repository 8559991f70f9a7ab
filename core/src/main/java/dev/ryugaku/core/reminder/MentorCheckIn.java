package dev.ryugaku.core.reminder;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A check-in as seen by one of the rotation's mentors (primary or second): what the check-in
 * reminders decide on. A check-in with two mentors is two of these.
 */
public record MentorCheckIn(long checkInId, long enrollmentId, Instant scheduledAt, CheckInStatus status,
                            EnrollmentStatus rotationStatus, String menteeName, long mentorId, ZoneId mentorZone) {

    /** The shape a JPQL constructor expression can fill. */
    public MentorCheckIn(long checkInId, long enrollmentId, Instant scheduledAt, CheckInStatus status,
                         EnrollmentStatus rotationStatus, String menteeName, long mentorId, String mentorZone) {
        this(checkInId, enrollmentId, scheduledAt, status, rotationStatus, menteeName, mentorId, ZoneId.of(mentorZone));
    }
}
