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
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins: planned from the cohort's cadence when a rotation starts, read by whoever may see the rotation,
 * recorded, moved and cancelled by its mentors (and owners), prepared by its participant.
 */
@Service
public class CheckInService {

    private static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);
    /** How far ahead the mentor's home lists check-ins. */
    private static final Duration MENTOR_LOOKAHEAD = Duration.ofDays(7);

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final EnrollmentRepository enrollments;
    private final CurrentActor currentActor;
    private final Clock clock;

    public CheckInService(CheckInRepository checkIns, ActionItemRepository actionItems, EnrollmentRepository enrollments,
                          CurrentActor currentActor, Clock clock) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
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
        Enrollment rotation = visibleRotation(enrollmentId, "read check-ins");
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
        requireSupervisor(rotation, actor, "choose check-in slot");
        if (rotation.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Enrollment", enrollmentId);
        }
        if (day == null || time == null) {
            throw new InvalidInputException(List.of(Violation.of(day == null ? "day" : "time", CheckInProblem.SLOT_REQUIRED)));
        }
        rotation.chooseCheckInSlot(day, time);
        replan(rotation);
    }

    /** One check-in with its action items; private notes only for the rotation's mentors and owners. */
    @Transactional(readOnly = true)
    public CheckInDetail detail(long checkInId) {
        Actor actor = currentActor.get();
        CheckIn checkIn = visible(checkInId, actor, "read check-in");
        Enrollment rotation = checkIn.getEnrollment();
        boolean supervises = rotation.isSupervisedBy(actor);
        List<ActionItemRow> items = actionItems.findRowsByEnrollment(rotation.getId());
        List<ActionItemRow> agreedHere = items.stream().filter(i -> i.checkInId() == checkInId).toList();
        List<ActionItemRow> openFromEarlier = items.stream()
                .filter(i -> i.checkInId() != checkInId && !i.isDone() && i.agreedAt().isBefore(checkIn.getScheduledAt()))
                .toList();
        Person mentor = rotation.getPrimaryMentor();
        return new CheckInDetail(checkIn.getId(), checkIn.getVersion(), rotation.getId(),
                rotation.getPerson().getDisplayName(), mentor == null ? null : mentor.getDisplayName(),
                rotation.getCohort().getName(), checkIn.getScheduledAt(), checkIn.getStatus(), checkIn.isPinned(),
                checkIn.getHeldAt(), checkIn.getProgress(), checkIn.getWellBeing(), checkIn.getConfidence(),
                checkIn.getSummary(), supervises ? checkIn.getPrivateNotes() : null, checkIn.getBlockers(),
                checkIn.getParticipantNote(), checkIn.getCancelReason(), rotation.effectiveStart(), rotation.effectiveEnd(),
                slotOf(rotation).zone(), agreedHere, openFromEarlier, supervises,
                rotation.isParticipant(actor.personId()));
    }

    /** The mentor (or an owner) records the talk: it is HELD from now on; recording again corrects it. */
    @Transactional
    public void record(long checkInId, long expectedVersion, CheckInRecord record) {
        CheckIn checkIn = supervised(checkInId, expectedVersion, "record check-in");
        Instant now = clock.instant();
        List<Violation> found = new ArrayList<>(CheckInRules.checkRecordable(checkIn.getStatus(), checkIn.getScheduledAt(), now));
        found.addAll(CheckInRules.checkRecord(record));
        InvalidInputException.throwIfAny(found);
        checkIn.record(record, now);
    }

    /** Moves a check-in that has not taken place; re-planning leaves it where the mentor put it. */
    @Transactional
    public void reschedule(long checkInId, long expectedVersion, Instant time) {
        CheckIn checkIn = supervised(checkInId, expectedVersion, "reschedule check-in");
        requireOpen(checkIn);
        Enrollment rotation = checkIn.getEnrollment();
        InvalidInputException.throwIfAny(CheckInRules.checkNewTime(time, rotation.effectiveStart(), rotation.effectiveEnd(),
                slotOf(rotation).zone(), clock.instant()));
        checkIn.reschedule(time);
    }

    /** Cancels a check-in that has not taken place, saying why; the participant sees the reason. */
    @Transactional
    public void cancel(long checkInId, long expectedVersion, String reason) {
        CheckIn checkIn = supervised(checkInId, expectedVersion, "cancel check-in");
        requireOpen(checkIn);
        InvalidInputException.throwIfAny(CheckInRules.checkCancelReason(reason));
        checkIn.cancel(reason);
    }

    /** An extra check-in besides the cadence, during an active rotation; returns its id. */
    @Transactional
    public long addExtra(long enrollmentId, Instant time) {
        Actor actor = currentActor.get();
        Enrollment rotation = enrollments.require(enrollmentId);
        requireSupervisor(rotation, actor, "add check-in");
        if (rotation.getStatus() != EnrollmentStatus.ACTIVE) {
            throw new InvalidInputException(List.of(Violation.of("time", CheckInProblem.ROTATION_NOT_ACTIVE)));
        }
        InvalidInputException.throwIfAny(CheckInRules.checkNewTime(time, rotation.effectiveStart(), rotation.effectiveEnd(),
                slotOf(rotation).zone(), clock.instant()));
        CheckIn extra = new CheckIn(rotation, time, true);
        return checkIns.save(extra).getId();
    }

    /** The participant's "what I want to talk about", for a check-in still to come. */
    @Transactional
    public void writeParticipantNote(long checkInId, long expectedVersion, String note) {
        Actor actor = currentActor.get();
        CheckIn checkIn = visible(checkInId, actor, "write pre-check-in note");
        if (!checkIn.getEnrollment().isParticipant(actor.personId())) {
            throw AccessDenials.refused(actor, "write pre-check-in note", "CheckIn", checkInId);
        }
        requireVersion(checkIn, expectedVersion);
        InvalidInputException.throwIfAny(CheckInRules.checkParticipantNote(note, checkIn.getStatus()));
        checkIn.writeParticipantNote(note);
    }

    /** Agrees an action item at a check-in (not a cancelled one). */
    @Transactional
    public void addActionItem(long checkInId, String text, ActionItemOwner owner, LocalDate due) {
        Actor actor = currentActor.get();
        CheckIn checkIn = visible(checkInId, actor, "add action item");
        requireSupervisor(checkIn.getEnrollment(), actor, "add action item");
        if (checkIn.getStatus() == CheckInStatus.CANCELLED) {
            throw new InvalidInputException(List.of(Violation.of("actionText", CheckInProblem.ALREADY_CLOSED)));
        }
        LocalDate checkInDay = checkIn.getScheduledAt().atZone(slotOf(checkIn.getEnrollment()).zone()).toLocalDate();
        InvalidInputException.throwIfAny(CheckInRules.checkActionItem(text, owner, due, checkInDay));
        actionItems.save(new ActionItem(checkIn, Texts.trimToNull(text), owner, due, clock.instant()));
    }

    /**
     * Ticks an action item off (or opens it again): the rotation's mentors and owners any item, the
     * participant the items that are theirs.
     */
    @Transactional
    public void markActionItemDone(long itemId, long expectedVersion, boolean done) {
        Actor actor = currentActor.get();
        ActionItem item = visibleItem(itemId, actor, "tick off action item");
        Enrollment rotation = item.getEnrollment();
        boolean ownItem = rotation.isParticipant(actor.personId()) && item.getOwner() == ActionItemOwner.PARTICIPANT;
        if (!rotation.isSupervisedBy(actor) && !ownItem) {
            throw AccessDenials.refused(actor, "tick off action item", "ActionItem", itemId);
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("ActionItem", itemId);
        }
        item.markDone(done, clock.instant());
    }

    /** Removes an action item agreed by mistake; one that was done stays as history. */
    @Transactional
    public void removeActionItem(long itemId, long expectedVersion) {
        Actor actor = currentActor.get();
        ActionItem item = visibleItem(itemId, actor, "remove action item");
        requireSupervisor(item.getEnrollment(), actor, "remove action item");
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("ActionItem", itemId);
        }
        if (item.isDone()) {
            throw new InvalidInputException(List.of(Violation.of("actionText", CheckInProblem.ALREADY_CLOSED)));
        }
        actionItems.delete(item);
    }

    /** The participant's open action items in their active rotations, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionItemRow> myOpenActionItems() {
        List<Long> active = myActiveRotations();
        return active.isEmpty() ? List.of() : actionItems.findOpenByEnrollments(active);
    }

    /** The participant's next check-in that has not taken place yet, in their active rotation. */
    @Transactional(readOnly = true)
    public Optional<CheckInRow> myNextCheckIn() {
        return myActiveRotations().stream().findFirst().flatMap(this::nextCheckIn);
    }

    /** A rotation's next check-in that has not taken place yet: to whoever may see the rotation. */
    @Transactional(readOnly = true)
    public Optional<CheckInRow> nextCheckIn(long enrollmentId) {
        visibleRotation(enrollmentId, "read check-ins");
        return checkIns.findRows(enrollmentId).stream().filter(c -> c.status() == CheckInStatus.SCHEDULED).findFirst();
    }

    /** A rotation's open action items, soonest due first: to whoever may see the rotation. */
    @Transactional(readOnly = true)
    public List<ActionItemRow> openActionItems(long enrollmentId) {
        visibleRotation(enrollmentId, "read action items");
        return actionItems.findOpenByEnrollments(List.of(enrollmentId));
    }

    private Enrollment visibleRotation(long enrollmentId, String action) {
        Actor actor = currentActor.get();
        Enrollment rotation = enrollments.require(enrollmentId);
        if (!rotation.isVisibleTo(actor)) {
            throw AccessDenials.hidden(actor, action, "Enrollment", enrollmentId);
        }
        return rotation;
    }

    /** For the mentor's home: their mentees' check-ins not yet recorded, from overdue ones up to a week ahead. */
    @Transactional(readOnly = true)
    public List<CheckInToHold> myCheckInsToHold() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        return checkIns.findScheduledForMentor(actor.personId(), clock.instant().plus(MENTOR_LOOKAHEAD));
    }

    private List<Long> myActiveRotations() {
        Actor actor = currentActor.get();
        return enrollments.findSummariesByParticipant(actor.personId()).stream()
                .filter(e -> e.status() == EnrollmentStatus.ACTIVE).map(EnrollmentSummary::id).toList();
    }

    private CheckIn visible(long checkInId, Actor actor, String action) {
        CheckIn checkIn = checkIns.findById(checkInId)
                .orElseThrow(() -> AccessDenials.hidden(actor, action, "CheckIn", checkInId));
        if (!checkIn.getEnrollment().isVisibleTo(actor)) {
            throw AccessDenials.hidden(actor, action, "CheckIn", checkInId);
        }
        return checkIn;
    }

    private ActionItem visibleItem(long itemId, Actor actor, String action) {
        ActionItem item = actionItems.findById(itemId)
                .orElseThrow(() -> AccessDenials.hidden(actor, action, "ActionItem", itemId));
        if (!item.getEnrollment().isVisibleTo(actor)) {
            throw AccessDenials.hidden(actor, action, "ActionItem", itemId);
        }
        return item;
    }

    private CheckIn supervised(long checkInId, long expectedVersion, String action) {
        Actor actor = currentActor.get();
        CheckIn checkIn = visible(checkInId, actor, action);
        requireSupervisor(checkIn.getEnrollment(), actor, action);
        requireVersion(checkIn, expectedVersion);
        return checkIn;
    }

    /** The participant is told no; anyone else never learns the rotation exists. */
    private static void requireSupervisor(Enrollment rotation, Actor actor, String action) {
        if (rotation.isSupervisedBy(actor)) {
            return;
        }
        if (rotation.isParticipant(actor.personId())) {
            throw AccessDenials.refused(actor, action, "Enrollment", rotation.getId());
        }
        throw AccessDenials.hidden(actor, action, "Enrollment", rotation.getId());
    }

    private static void requireVersion(CheckIn checkIn, long expectedVersion) {
        if (checkIn.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("CheckIn", checkIn.getId());
        }
    }

    private static void requireOpen(CheckIn checkIn) {
        if (!CheckInRules.isOpen(checkIn.getStatus())) {
            throw new InvalidInputException(List.of(Violation.of("status", CheckInProblem.ALREADY_CLOSED)));
        }
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
        Set<Long> withItems = new HashSet<>(actionItems.findCheckInIdsWithItems(rotation.getId()));
        CheckInSchedule.Replan plan = CheckInSchedule.replan(
                existing.stream().map(c -> c.planned(withItems.contains(c.getId()))).toList(), wanted, clock.instant());
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
