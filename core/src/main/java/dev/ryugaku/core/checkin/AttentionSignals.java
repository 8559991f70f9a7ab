package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The bulk reads behind the attention queue, one query each for any number of rotations; in persistence. */
public interface AttentionSignals {

    /** Active rotations (of one mentor, primary or second, or all when {@code mentorId} is null), in non-cancelled cohorts. */
    List<Rotation> activeRotations(Long mentorId);

    /** Every check-in of these rotations, oldest first per rotation. */
    List<CheckInFactRow> checkInFacts(Collection<Long> enrollmentIds);

    /** Per rotation, its open HIGH-risk tasks whose pre-mortem is missing or not approved. */
    List<RiskyTasks> highRiskTasksWithoutApprovedPreMortem(Collection<Long> enrollmentIds);

    record Rotation(long enrollmentId, String participantName, Long mentorId, String mentorName, String cohortName) {
    }

    record CheckInFactRow(long enrollmentId, Instant scheduledAt, CheckInStatus status, Integer wellBeing) {

        MenteeSignals.CheckInFact fact() {
            return new MenteeSignals.CheckInFact(scheduledAt, status, wellBeing);
        }
    }

    record RiskyTasks(long enrollmentId, int count) {
    }
}
