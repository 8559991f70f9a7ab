package dev.ryugaku.core.checkin;

import dev.ryugaku.core.cohort.CohortUpdated;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentActivated;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.EnrollmentUpdated;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Check-ins: planned from the cohort's cadence when a rotation starts, read by whoever may see the rotation. */
@Service
public class CheckInService {

    private static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    private final CheckInRepository checkIns;
    private final EnrollmentRepository enrollments;
    private final CurrentActor currentActor;
    private final Clock clock;

    public CheckInService(CheckInRepository checkIns, EnrollmentRepository enrollments, CurrentActor currentActor,
                          Clock clock) {
        this.checkIns = checkIns;
        this.enrollments = enrollments;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A rotation's check-ins, oldest first: to its participant, its mentors and owners. */
    @Transactional(readOnly = true)
    public List<CheckInRow> checkIns(long enrollmentId) {
        return plan(enrollmentId).checkIns();
    }

    /** The rotation's check-ins with their slot, and whether the actor may move the slot. */
    @Transactional(readOnly = true)
    public CheckInPlan plan(long enrollmentId) {
        Actor actor = currentActor.get();
        Enrollment rotation = enrollments.require(enrollmentId);
        if (!rotation.isVisibleTo(actor)) {
            throw AccessDenials.hidden(actor, "read check-ins", "Enrollment", enrollmentId);
        }
        return new CheckInPlan(checkIns.findRows(enrollmentId), slotOf(rotation), rotation.getVersion(),
                rotation.isSupervisedBy(actor));
    }

    /**
     * A mentor of the rotation (or an owner) picks the weekday and time of its check-ins; the future,
     * generated ones move there at once.
     */
    @Transactional
    public void chooseSlot(long enrollmentId, long expectedVersion, DayOfWeek day, LocalTime time) {
        Actor actor = currentActor.get();
        Enrollment rotation = enrollments.require(enrollmentId);
        if (!rotation.isSupervisedBy(actor)) {
            if (rotation.isParticipant(actor.personId())) {
                throw AccessDenials.refused(actor, "choose check-in slot", "Enrollment", enrollmentId);
            }
            throw AccessDenials.hidden(actor, "choose check-in slot", "Enrollment", enrollmentId);
        }
        if (rotation.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Enrollment", enrollmentId);
        }
        if (day == null || time == null) {
            throw new InvalidInputException(List.of(Violation.of(day == null ? "day" : "time", CheckInProblem.SLOT_REQUIRED)));
        }
        rotation.chooseCheckInSlot(day, time);
        replan(rotation);
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
                rotation.effectiveEnd(), slotOf(rotation));
        List<CheckIn> existing = checkIns.findByEnrollment(rotation.getId());
        CheckInSchedule.Replan plan = CheckInSchedule.replan(existing.stream().map(CheckIn::planned).toList(), wanted,
                clock.instant());
        if (!plan.remove().isEmpty()) {
            checkIns.deleteAllByIdInBatch(plan.remove());
        }
        plan.add().forEach(time -> checkIns.save(new CheckIn(rotation, time, false)));
    }

    /** The mentor's chosen weekday and time, else the rotation's first weekday at 10:00, in the primary mentor's zone. */
    static CheckInSlot slotOf(Enrollment rotation) {
        DayOfWeek day = rotation.getCheckInDay() != null ? rotation.getCheckInDay() : rotation.effectiveStart().getDayOfWeek();
        LocalTime time = rotation.getCheckInTime() != null ? rotation.getCheckInTime() : DEFAULT_TIME;
        Person mentor = rotation.getPrimaryMentor();
        return new CheckInSlot(day, time, mentor != null ? mentor.getZone() : Person.DEFAULT_ZONE);
    }
}
