package dev.ryugaku.core.retrospective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface FinalEvaluationRepository {

    FinalEvaluation save(FinalEvaluation evaluation);

    Optional<FinalEvaluation> findByEnrollment(long enrollmentId);

    /** The states of the rotations' final evaluations; a rotation without one is left out. */
    List<SubmissionState> findStates(Collection<Long> enrollmentIds);
}
