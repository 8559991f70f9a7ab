package dev.ryugaku.persistence.retrospective;

import dev.ryugaku.core.retrospective.FollowUp;
import dev.ryugaku.core.retrospective.FollowUpRepository;
import dev.ryugaku.core.retrospective.SubmissionState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpJpaRepository extends JpaRepository<FollowUp, Long>, FollowUpRepository {

    @Override
    @Query("select f from FollowUp f where f.enrollment.id = :enrollmentId")
    Optional<FollowUp> findByEnrollment(@Param("enrollmentId") long enrollmentId);

    @Override
    @Query("""
            select new dev.ryugaku.core.retrospective.SubmissionState(f.enrollment.id, f.status)
            from FollowUp f where f.enrollment.id in :enrollmentIds
            """)
    List<SubmissionState> findStates(@Param("enrollmentIds") Collection<Long> enrollmentIds);
}
