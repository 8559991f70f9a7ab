package dev.ryugaku.persistence.retrospective;

import dev.ryugaku.core.retrospective.Retrospective;
import dev.ryugaku.core.retrospective.RetrospectiveRepository;
import dev.ryugaku.core.retrospective.SubmissionState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RetrospectiveJpaRepository extends JpaRepository<Retrospective, Long>, RetrospectiveRepository {

    @Override
    @Query("select r from Retrospective r where r.enrollment.id = :enrollmentId")
    Optional<Retrospective> findByEnrollment(@Param("enrollmentId") long enrollmentId);

    @Override
    @Query("""
            select new dev.ryugaku.core.retrospective.SubmissionState(r.enrollment.id, r.status)
            from Retrospective r where r.enrollment.id in :enrollmentIds
            """)
    List<SubmissionState> findStates(@Param("enrollmentIds") Collection<Long> enrollmentIds);
}
