package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks the three services share: the rotation as {@link RotationAccess} lets the actor reach
 * it, and whose edit came first.
 */
final class Rotations {

    /** A rotation as the actor reaches it, with what they may do there. */
    record Visit(Actor actor, Enrollment rotation, RetrospectiveAccess access) {

        long id() {
            return rotation.getId();
        }

        LocalDate end() {
            return rotation.effectiveEnd();
        }
    }

    private Rotations() {
    }

    /** The rotation, to its participant, mentors and owners; anyone else is told it does not exist. */
    static Visit visit(RotationAccess rotations, Actor actor, long enrollmentId, String action, String recordType) {
        Enrollment rotation = rotations.visible(actor, enrollmentId, action, recordType);
        return new Visit(actor, rotation, RetrospectiveAccess.of(actor, rotation));
    }

    /** Refuses a writer who may see the rotation but not write this record. */
    static void requireWriter(Visit visit, boolean writes, String recordType) {
        if (!writes) {
            throw AccessDenials.refused(visit.actor(), "write", recordType, visit.id());
        }
    }

    /** The retrospective and the final evaluation are written from two weeks before the rotation ends. */
    static void requireWindowOpen(Enrollment rotation, LocalDate today) {
        if (!RetrospectiveWindow.applies(rotation.getStatus())) {
            throw new InvalidInputException(List.of(Violation.of("", RetrospectiveProblem.ROTATION_NOT_RUNNING)));
        }
        LocalDate end = rotation.effectiveEnd();
        if (!RetrospectiveWindow.isOpen(rotation.getStatus(), end, today)) {
            throw new InvalidInputException(List.of(Violation.of("", RetrospectiveProblem.NOT_OPEN_YET,
                    RetrospectiveWindow.opensOn(end))));
        }
    }

    /**
     * Whether this save is checked and stored as a submission: when asked to submit, and always once
     * submitted. First the version the writer read must still be the stored one: null for "nothing
     * was saved when I opened it", so that two first drafts written at once do not overwrite each
     * other either.
     */
    static boolean submitting(Submission stored, Long expectedVersion, boolean submit, String recordType,
                              long enrollmentId) {
        Versions.requireNullable(stored == null ? null : stored.getVersion(), expectedVersion, recordType, enrollmentId);
        return submit || (stored != null && stored.isSubmitted());
    }

    /** A state as the viewer may know it: a draft they may not read is nothing yet. */
    static SubmissionStatus known(SubmissionStatus status, boolean readable) {
        return status == null || readable ? status : null;
    }

    static Map<Long, SubmissionStatus> byEnrollment(Collection<SubmissionState> states) {
        return states.stream().collect(Collectors.toMap(SubmissionState::enrollmentId, SubmissionState::status));
    }
}
