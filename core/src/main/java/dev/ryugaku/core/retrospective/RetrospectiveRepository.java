package dev.ryugaku.core.retrospective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RetrospectiveRepository {

    Retrospective save(Retrospective retrospective);

    Optional<Retrospective> findByEnrollment(long enrollmentId);

    /** The states of the rotations' retrospectives; a rotation without one is left out. */
    List<SubmissionState> findStates(Collection<Long> enrollmentIds);
}
