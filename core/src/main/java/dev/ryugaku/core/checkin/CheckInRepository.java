package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Check-ins; implemented in the persistence module. */
public interface CheckInRepository {

    CheckIn save(CheckIn checkIn);

    Optional<CheckIn> findById(Long id);

    List<CheckIn> findByEnrollment(long enrollmentId);

    void deleteAllByIdInBatch(Iterable<Long> ids);

    List<CheckInRow> findRows(long enrollmentId);

    /** SCHEDULED check-ins before {@code until} of the active rotations the person mentors, soonest first. */
    List<CheckInToHold> findScheduledForMentor(long mentorId, Instant until);

    /** SCHEDULED check-ins due before the cutoff become MISSED (their version moves on); returns how many. */
    int markMissedDueBefore(Instant cutoff);
}
