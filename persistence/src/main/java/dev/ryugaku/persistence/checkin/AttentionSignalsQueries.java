package dev.ryugaku.persistence.checkin;

import dev.ryugaku.core.checkin.AttentionSignals;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.worklog.WeekTotals;
import dev.ryugaku.persistence.db.SqlValues;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Two queries (rotations, then all their signals) for any number of rotations, so the attention queue costs the same for 3 mentees or 3,000. */
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
    public List<Signal> signals(Collection<Long> enrollmentIds, Instant now, LocalDate toilSince) {
        List<?> rows = em.createNativeQuery("""
                        SELECT c.enrollment_id, 'CHECK_IN', c.scheduled_at, c.status, c.well_being, NULL
                        FROM check_in c WHERE c.enrollment_id IN (:ids) AND c.scheduled_at < :now
                        UNION ALL
                        SELECT a.enrollment_id, 'OPEN_ACTION_ITEM', NULL, NULL, NULL, a.due_date
                        FROM action_item a WHERE a.enrollment_id IN (:ids) AND a.done_at IS NULL
                        UNION ALL
                        SELECT t.assignee_enrollment_id, 'RISKY_TASKS', NULL, NULL, COUNT(*), NULL
                        FROM improvement_task t LEFT JOIN pre_mortem pm ON pm.task_id = t.id
                        WHERE t.assignee_enrollment_id IN (:ids) AND t.risk = 'HIGH' AND t.status NOT IN ('DONE', 'DROPPED')
                          AND (pm.id IS NULL OR pm.status <> 'APPROVED')
                        GROUP BY t.assignee_enrollment_id
                        UNION ALL
                        SELECT t.enrollment_id, 'TOIL_WEEK', NULL, NULL, ROUND(100 * t.toil_minutes / t.minutes), t.week_start
                        FROM work_week_total t
                        WHERE t.enrollment_id IN (:ids) AND t.week_start >= COALESCE(:toilSince, DATE '1970-01-01')
                          AND t.minutes > 0 AND 100 * t.toil_minutes > :cap * t.minutes
                        """)
                .setParameter("ids", enrollmentIds).setParameter("now", now).setParameter("toilSince", toilSince)
                .setParameter("cap", WeekTotals.TOIL_CAP_PERCENT).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            SignalKind kind = SignalKind.valueOf((String) r[1]);
            return new Signal(SqlValues.number(r[0]), kind, SqlValues.instant(r[2]),
                    r[3] == null ? null : CheckInStatus.valueOf((String) r[3]), SqlValues.integer(r[4]), SqlValues.date(r[5]));
        }).toList();
    }
}
