package dev.ryugaku.persistence.checkin;

import dev.ryugaku.core.checkin.CheckIn;
import dev.ryugaku.core.checkin.CheckInRepository;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInToHold;
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
    @Query("""
            select new dev.ryugaku.core.checkin.CheckInToHold(c.id, e.id, p.displayName, c.scheduledAt, c.participantNote)
            from CheckIn c join c.enrollment e join e.person p join e.cohort co
                left join e.primaryMentor m1 left join e.secondaryMentor m2
            where (m1.id = :mentorId or m2.id = :mentorId)
              and e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE
              and co.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
              and c.status = dev.ryugaku.core.checkin.CheckInStatus.SCHEDULED and c.scheduledAt < :until
            order by c.scheduledAt, c.id
            """)
    List<CheckInToHold> findScheduledForMentor(@Param("mentorId") long mentorId, @Param("until") Instant until);

    @Override
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update versioned CheckIn c set c.status = dev.ryugaku.core.checkin.CheckInStatus.MISSED
            where c.status = dev.ryugaku.core.checkin.CheckInStatus.SCHEDULED and c.scheduledAt < :cutoff
            """)
    int markMissedDueBefore(@Param("cutoff") Instant cutoff);
}
