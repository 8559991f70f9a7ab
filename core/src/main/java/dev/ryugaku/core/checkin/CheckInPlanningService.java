package dev.ryugaku.core.checkin;

import dev.ryugaku.core.cohort.CohortUpdated;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentActivated;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.EnrollmentUpdated;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When check-ins take place: planned from the cohort's cadence when a rotation starts and re-planned
 * when the cohort, the rotation or its slot changes; extra ones added by the mentors; the ones nobody
 * recorded marked missed.
 */
@Service
public class CheckInPlanningService {

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final EnrollmentRepository enrollments;
    private final RotationAccess rotations;
    private final Clock clock;

    public CheckInPlanningService(CheckInRepository checkIns, ActionItemRepository actionItems,
                                  EnrollmentRepository enrollments, RotationAccess rotations, Clock clock) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.enrollments = enrollments;
        this.rotations = rotations;
        this.clock = clock;
    }

    /**
     * A mentor of the rotation (or an owner) picks the weekday and time of its check-ins; the future,
     * generated ones move there at once.
     */
    @Transactional
    public void chooseSlot(long enrollmentId, long expectedVersion, DayOfWeek day, LocalTime time) {
        Enrollment rotation = rotations.supervised(rotations.actor(), enrollmentId, "choose check-in slot");
        Versions.require(rotation.getVersion(), expectedVersion, RotationAccess.RECORD_TYPE, enrollmentId);
        if (day == null || time == null) {
            throw new InvalidInputException(List.of(Violation.of(day == null ? "day" : "time", CheckInProblem.SLOT_REQUIRED)));
        }
        rotation.chooseCheckInSlot(day, time);
        replan(rotation);
    }

    /** An extra check-in besides the cadence, during an active rotation; returns its id. */
    @Transactional
    public long addExtra(long enrollmentId, Instant time) {
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.supervised(actor, enrollmentId, "add check-in");
        if (rotation.getStatus() != EnrollmentStatus.ACTIVE) {
            throw new InvalidInputException(List.of(Violation.of("time", CheckInProblem.ROTATION_NOT_ACTIVE)));
        }
        InvalidInputException.throwIfAny(CheckInRules.checkNewTime(time, rotation.effectiveStart(), rotation.effectiveEnd(),
                CheckInSlot.of(rotation).zone(), clock.instant()));
        CheckIn extra = new CheckIn(rotation, time, true);
        return checkIns.save(extra).getId();
    }

    /**
     * Check-ins nobody recorded within {@link CheckInSchedule#RECORDING_WINDOW} of their time become
     * MISSED. Run by a scheduled job, not by a person; returns how many changed.
     */
    @Transactional
    public int markUnrecordedAsMissed() {
        return checkIns.markMissedDueBefore(clock.instant().minus(CheckInSchedule.RECORDING_WINDOW));
    }

    /** Runs inside the transaction that activates the rotation, so both happen or neither. */
    @EventListener
    void planWhenActivated(EnrollmentActivated activated) {
        replan(enrollments.require(activated.enrollmentId()));
    }

    /** A changed cadence or period moves the future check-ins of the cohort's active rotations. */
    @EventListener
    void replanWhenCohortChanged(CohortUpdated updated) {
        List<Long> active = enrollments.findSummariesByCohort(updated.cohortId(), null).stream()
                .filter(e -> e.status() == EnrollmentStatus.ACTIVE).map(EnrollmentSummary::id).toList();
        if (!active.isEmpty()) {
            enrollments.findAllById(active).forEach(this::replan);
        }
    }

    /** New dates or a new primary mentor (another zone) move the rotation's future check-ins. */
    @EventListener
    void replanWhenEnrollmentChanged(EnrollmentUpdated updated) {
        enrollments.findById(updated.enrollmentId()).filter(e -> e.getStatus() == EnrollmentStatus.ACTIVE)
                .ifPresent(this::replan);
    }

    /** Brings the future, generated, unheld check-ins in line with the cadence, the slot and the dates. */
    void replan(Enrollment rotation) {
        List<Instant> wanted = CheckInSchedule.times(rotation.getCohort().getCadence(), rotation.effectiveStart(),
                rotation.effectiveEnd(), CheckInSlot.of(rotation));
        List<CheckIn> existing = checkIns.findByEnrollment(rotation.getId());
        Set<Long> withItems = new HashSet<>(actionItems.findCheckInIdsWithItems(rotation.getId()));
        CheckInSchedule.Replan plan = CheckInSchedule.replan(
                existing.stream().map(c -> c.planned(withItems.contains(c.getId()))).toList(), wanted, clock.instant());
        if (!plan.remove().isEmpty()) {
            checkIns.deleteAllByIdInBatch(plan.remove());
        }
        plan.add().forEach(time -> checkIns.save(new CheckIn(rotation, time, false)));
    }
}
