package dev.ryugaku.core.checkin;

import dev.ryugaku.core.worklog.ToilFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The reads behind the attention queue: the rotations in view, then every signal of all of them
 * in one query, however many mentees there are; implemented in persistence.
 */
public interface AttentionSignals {

    /** Active rotations (of one mentor, primary or second, or all when {@code mentorId} is null), in non-cancelled cohorts. */
    List<Rotation> activeRotations(Long mentorId);

    /**
     * For these rotations: every check-in due before {@code now} (the rules look at no later one), every open action item, the number of open HIGH-risk tasks
     * without an approved pre-mortem, and the weeks from {@code toilSince} (every week when null)
     * whose toil was above the cap.
     */
    List<Signal> signals(Collection<Long> enrollmentIds, Instant now, LocalDate toilSince);

    record Rotation(long enrollmentId, String participantName, Long mentorId, String mentorName, String cohortName) {
    }

    enum SignalKind { CHECK_IN, OPEN_ACTION_ITEM, RISKY_TASKS, TOIL_WEEK }

    /**
     * One signal; which fields are set depends on the kind: a check-in has {@code at}, {@code status}
     * and (once held) {@code number} = well-being; an action item {@code date} = due; risky tasks
     * {@code number} = count; a toil week {@code date} = its Monday and {@code number} = its toil %.
     */
    record Signal(long enrollmentId, SignalKind kind, Instant at, CheckInStatus status, Integer number, LocalDate date) {

        MenteeSignals.CheckInFact checkIn() {
            return new MenteeSignals.CheckInFact(at, status, number);
        }

        ToilFlag toilFlag() {
            return new ToilFlag(enrollmentId, date, number);
        }
    }
}
