package dev.ryugaku.core.checkin;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins themselves: read by whoever may see the rotation, recorded, moved and cancelled by its
 * mentors (and owners), prepared by its participant. Planning them is {@link CheckInPlanningService}'s,
 * the action items agreed at them {@link ActionItemService}'s.
 */
@Service
public class CheckInService {

    static final String RECORD_TYPE = "CheckIn";
    /** How far ahead the mentor's home lists check-ins. */
    private static final Duration MENTOR_LOOKAHEAD = Duration.ofDays(7);

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final RotationAccess rotations;
    private final Clock clock;

    public CheckInService(CheckInRepository checkIns, ActionItemRepository actionItems, RotationAccess rotations,
                          Clock clock) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.rotations = rotations;
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
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.visible(actor, enrollmentId, "read check-ins");
        return new CheckInPlan(checkIns.findRows(enrollmentId), CheckInSlot.of(rotation), rotation.getVersion(),
                rotation.isSupervisedBy(actor));
    }

    /** One check-in with its action items; private notes only for the rotation's mentors and owners. */
    @Transactional(readOnly = true)
    public CheckInDetail detail(long checkInId) {
        Actor actor = rotations.actor();
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
                CheckInSlot.of(rotation).zone(), agreedHere, openFromEarlier, supervises,
                rotation.isParticipant(actor.personId()));
    }

    /** The participant's next check-in that has not taken place yet, in their active rotation. */
    @Transactional(readOnly = true)
    public Optional<CheckInRow> myNextCheckIn() {
        return rotations.myActiveRotations(rotations.actor()).stream().findFirst().flatMap(this::nextCheckIn);
    }

    /** A rotation's next check-in that has not taken place yet: to whoever may see the rotation. */
    @Transactional(readOnly = true)
    public Optional<CheckInRow> nextCheckIn(long enrollmentId) {
        rotations.visible(rotations.actor(), enrollmentId, "read check-ins");
        return checkIns.findRows(enrollmentId).stream().filter(c -> c.status() == CheckInStatus.SCHEDULED).findFirst();
    }

    /** For the mentor's home: their mentees' check-ins not yet recorded, from overdue ones up to a week ahead. */
    @Transactional(readOnly = true)
    public List<CheckInToHold> myCheckInsToHold() {
        Actor actor = rotations.actor();
        actor.require(Role.MENTOR);
        return checkIns.findScheduledForMentor(actor.personId(), clock.instant().plus(MENTOR_LOOKAHEAD));
    }

    // ---- writing ----

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
                CheckInSlot.of(rotation).zone(), clock.instant()));
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

    /** The participant's "what I want to talk about", for a check-in still to come. */
    @Transactional
    public void writeParticipantNote(long checkInId, long expectedVersion, String note) {
        Actor actor = rotations.actor();
        CheckIn checkIn = visible(checkInId, actor, "write pre-check-in note");
        if (!checkIn.getEnrollment().isParticipant(actor.personId())) {
            throw AccessDenials.refused(actor, "write pre-check-in note", RECORD_TYPE, checkInId);
        }
        Versions.require(checkIn.getVersion(), expectedVersion, RECORD_TYPE, checkInId);
        InvalidInputException.throwIfAny(CheckInRules.checkParticipantNote(note, checkIn.getStatus()));
        checkIn.writeParticipantNote(note);
    }

    /** The check-in, to whoever may see its rotation; to anyone else (and for a wrong id) it does not exist. */
    CheckIn visible(long checkInId, Actor actor, String action) {
        CheckIn checkIn = checkIns.findById(checkInId)
                .orElseThrow(() -> AccessDenials.hidden(actor, action, RECORD_TYPE, checkInId));
        rotations.requireVisible(actor, checkIn.getEnrollment(), action, RECORD_TYPE, checkInId);
        return checkIn;
    }

    private CheckIn supervised(long checkInId, long expectedVersion, String action) {
        Actor actor = rotations.actor();
        CheckIn checkIn = visible(checkInId, actor, action);
        rotations.requireSupervisor(actor, checkIn.getEnrollment(), action);
        Versions.require(checkIn.getVersion(), expectedVersion, RECORD_TYPE, checkInId);
        return checkIn;
    }

    private static void requireOpen(CheckIn checkIn) {
        if (!CheckInRules.isOpen(checkIn.getStatus())) {
            throw new InvalidInputException(List.of(Violation.of("status", CheckInProblem.ALREADY_CLOSED)));
        }
    }
}
