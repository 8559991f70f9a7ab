package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntBiFunction;
import org.springframework.stereotype.Component;

/**
 * The one gate of every feature that hangs off a rotation (enrollment, check-ins, work log, skills,
 * retrospective): may this actor see, write or supervise this rotation. It asks the
 * {@link RotationRelation} first, so the privacy rules of decisions 0016 and 0020 hold everywhere.
 * Who holds no part is told the rotation does not exist; who holds one but not this right is
 * refused. Both are logged by {@link AccessDenials}.
 */
@Component
public class RotationAccess {

    public static final String RECORD_TYPE = "Enrollment";

    private final EnrollmentRepository enrollments;
    private final CurrentActor currentActor;
    private final Clock clock;

    public RotationAccess(EnrollmentRepository enrollments, CurrentActor currentActor, Clock clock) {
        this.enrollments = enrollments;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The signed-in actor, for the calls that take one. */
    public Actor actor() {
        return currentActor.get();
    }

    /** The rotation, to whoever holds a part in it (owners included); to anyone else it does not exist. */
    public Enrollment visible(Actor actor, long enrollmentId, String action) {
        return visible(actor, enrollmentId, action, RECORD_TYPE);
    }

    /** The same, hidden as the record the caller reads through the rotation (a retrospective, say). */
    public Enrollment visible(Actor actor, long enrollmentId, String action, String recordType) {
        Enrollment rotation = enrollments.require(enrollmentId);
        requireVisible(actor, rotation, action, recordType, enrollmentId);
        return rotation;
    }

    /**
     * A record hanging off the rotation (a check-in, an action item) is hidden as that record, so
     * that its id tells nothing about the rotation.
     */
    public void requireVisible(Actor actor, Enrollment rotation, String action, String recordType, Object id) {
        if (!RotationRelation.of(actor, rotation).sees()) {
            throw AccessDenials.hidden(actor, action, recordType, id);
        }
    }

    /** Every one of the rotations, else the first that is missing or hidden is reported as not found. */
    public void requireAllVisible(Actor actor, List<Long> enrollmentIds, String action) {
        List<Enrollment> rotations = enrollments.findAllById(enrollmentIds);
        for (Long id : enrollmentIds) {
            Enrollment rotation = rotations.stream().filter(r -> r.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
            requireVisible(actor, rotation, action, RECORD_TYPE, id);
        }
    }

    /** The rotation, to its mentors and owners; see {@link #requireSupervisor}. */
    public Enrollment supervised(Actor actor, long enrollmentId, String action) {
        Enrollment rotation = enrollments.require(enrollmentId);
        requireSupervisor(actor, rotation, action);
        return rotation;
    }

    /** Its participant is told no; anyone without a part never learns the rotation exists. */
    public void requireSupervisor(Actor actor, Enrollment rotation, String action) {
        RotationRelation relation = RotationRelation.of(actor, rotation);
        if (relation.supervises()) {
            return;
        }
        if (relation == RotationRelation.PARTICIPANT) {
            throw AccessDenials.refused(actor, action, RECORD_TYPE, rotation.getId());
        }
        throw AccessDenials.hidden(actor, action, RECORD_TYPE, rotation.getId());
    }

    /** The rotation, to its own participant only (who writes their log); everyone else is refused. */
    public Enrollment own(Actor actor, long enrollmentId, String action) {
        Enrollment rotation = enrollments.require(enrollmentId);
        if (RotationRelation.of(actor, rotation) != RotationRelation.PARTICIPANT) {
            throw AccessDenials.refused(actor, action, RECORD_TYPE, enrollmentId);
        }
        return rotation;
    }

    /** The rotation, to its mentors only (not to owners who hold no part); everyone else is refused. */
    public Enrollment mentored(Actor actor, long enrollmentId, String action) {
        Enrollment rotation = enrollments.require(enrollmentId);
        if (RotationRelation.of(actor, rotation) != RotationRelation.MENTOR) {
            throw AccessDenials.refused(actor, action, RECORD_TYPE, enrollmentId);
        }
        return rotation;
    }

    /**
     * The actor's own rotation for a page that shows one: the highest ranked of their current
     * rotations (ties go to the later one); a negative rank leaves a rotation out.
     */
    public Optional<Long> myRotation(ToIntBiFunction<Enrollment, LocalDate> rank) {
        Actor actor = currentActor.get();
        LocalDate today = actor.today(clock);
        return enrollments.findCurrentByPerson(actor.personId()).stream()
                .filter(rotation -> rank.applyAsInt(rotation, today) >= 0)
                .max(Comparator.comparingInt((Enrollment rotation) -> rank.applyAsInt(rotation, today))
                        .thenComparing(Enrollment::effectiveStart))
                .map(Enrollment::getId);
    }

    /** The actor's active rotations as participant. */
    public List<Long> myActiveRotations(Actor actor) {
        return enrollments.findSummariesByParticipant(actor.personId()).stream()
                .filter(e -> e.status() == EnrollmentStatus.ACTIVE).map(EnrollmentSummary::id).toList();
    }
}
