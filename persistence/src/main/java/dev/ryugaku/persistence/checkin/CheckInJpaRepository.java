package dev.ryugaku.persistence.checkin;

import dev.ryugaku.core.checkin.CheckIn;
import dev.ryugaku.core.checkin.CheckInRepository;
import dev.ryugaku.core.checkin.CheckInRow;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Check-in queries: a rotation's list is one projection query, private notes left out. */
interface CheckInJpaRepository extends JpaRepository<CheckIn, Long>, CheckInRepository {

    @Override
    @Query("select c from CheckIn c where c.enrollment.id = :enrollmentId order by c.scheduledAt, c.id")
    List<CheckIn> findByEnrollment(@Param("enrollmentId") long enrollmentId);

    @Override
    @Query("""
            select new dev.ryugaku.core.checkin.CheckInRow(c.id, c.version, c.scheduledAt, c.status, c.heldAt,
                c.progress, c.wellBeing, c.confidence, c.summary, c.blockers, c.participantNote, c.cancelReason)
            from CheckIn c where c.enrollment.id = :enrollmentId order by c.scheduledAt, c.id
            """)
    List<CheckInRow> findRows(@Param("enrollmentId") long enrollmentId);

    @Override
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update versioned CheckIn c set c.status = dev.ryugaku.core.checkin.CheckInStatus.MISSED
            where c.status = dev.ryugaku.core.checkin.CheckInStatus.SCHEDULED and c.scheduledAt < :cutoff
            """)
    int markMissedDueBefore(@Param("cutoff") Instant cutoff);
}
