package dev.ryugaku.core.retrospective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface FollowUpRepository {

    FollowUp save(FollowUp followUp);

    Optional<FollowUp> findByEnrollment(long enrollmentId);

    /** The states of the rotations' follow-ups; a rotation without one is left out. */
    List<SubmissionState> findStates(Collection<Long> enrollmentIds);
}
