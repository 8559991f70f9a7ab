package dev.ryugaku.persistence.retrospective;

import dev.ryugaku.core.retrospective.FinalEvaluation;
import dev.ryugaku.core.retrospective.FinalEvaluationRepository;
import dev.ryugaku.core.retrospective.SubmissionState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FinalEvaluationJpaRepository extends JpaRepository<FinalEvaluation, Long>, FinalEvaluationRepository {

    @Override
    @Query("select f from FinalEvaluation f join fetch f.writtenBy where f.enrollment.id = :enrollmentId")
    Optional<FinalEvaluation> findByEnrollment(@Param("enrollmentId") long enrollmentId);

    @Override
    @Query("""
            select new dev.ryugaku.core.retrospective.SubmissionState(f.enrollment.id, f.status)
            from FinalEvaluation f where f.enrollment.id in :enrollmentIds
            """)
    List<SubmissionState> findStates(@Param("enrollmentIds") Collection<Long> enrollmentIds);
}
