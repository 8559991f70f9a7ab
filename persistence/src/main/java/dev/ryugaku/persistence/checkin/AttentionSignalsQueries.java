package dev.ryugaku.persistence.checkin;

import dev.ryugaku.core.checkin.AttentionSignals;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/** One query per signal for any number of rotations, so the attention queue costs the same for 3 mentees or 3,000. */
@Repository
class AttentionSignalsQueries implements AttentionSignals {

    private final EntityManager em;

    AttentionSignalsQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Rotation> activeRotations(Long mentorId) {
        return em.createQuery("""
                        select new dev.ryugaku.core.checkin.AttentionSignals$Rotation(e.id, p.displayName, m.id,
                            m.displayName, c.name)
                        from Enrollment e join e.person p join e.cohort c left join e.primaryMentor m
                            left join e.secondaryMentor m2
                        where e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE
                          and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
                          and (:mentorId is null or m.id = :mentorId or m2.id = :mentorId)
                        order by m.displayName, p.displayName, e.id
                        """, Rotation.class)
                .setParameter("mentorId", mentorId).getResultList();
    }

    @Override
    public List<CheckInFactRow> checkInFacts(Collection<Long> enrollmentIds) {
        return em.createQuery("""
                        select new dev.ryugaku.core.checkin.AttentionSignals$CheckInFactRow(c.enrollment.id, c.scheduledAt,
                            c.status, c.wellBeing)
                        from CheckIn c where c.enrollment.id in :ids order by c.enrollment.id, c.scheduledAt, c.id
                        """, CheckInFactRow.class)
                .setParameter("ids", enrollmentIds).getResultList();
    }

    @Override
    public List<RiskyTasks> highRiskTasksWithoutApprovedPreMortem(Collection<Long> enrollmentIds) {
        List<?> rows = em.createNativeQuery("""
                        SELECT t.assignee_enrollment_id, COUNT(*) FROM improvement_task t
                        LEFT JOIN pre_mortem pm ON pm.task_id = t.id
                        WHERE t.assignee_enrollment_id IN (:ids) AND t.risk = 'HIGH'
                          AND t.status NOT IN ('DONE', 'DROPPED')
                          AND (pm.id IS NULL OR pm.status <> 'APPROVED')
                        GROUP BY t.assignee_enrollment_id
                        """)
                .setParameter("ids", enrollmentIds).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new RiskyTasks(((Number) r[0]).longValue(), ((Number) r[1]).intValue())).toList();
    }
}
