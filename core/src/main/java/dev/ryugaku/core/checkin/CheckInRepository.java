package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.util.List;

/** Check-ins; implemented in the persistence module. */
public interface CheckInRepository {

    CheckIn save(CheckIn checkIn);

    List<CheckIn> findByEnrollment(long enrollmentId);

    void deleteAllByIdInBatch(Iterable<Long> ids);

    List<CheckInRow> findRows(long enrollmentId);

    /** SCHEDULED check-ins due before the cutoff become MISSED (their version moves on); returns how many. */
    int markMissedDueBefore(Instant cutoff);
}
