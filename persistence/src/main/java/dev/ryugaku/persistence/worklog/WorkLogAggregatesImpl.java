package dev.ryugaku.persistence.worklog;

import dev.ryugaku.core.worklog.ExportRow;
import dev.ryugaku.core.worklog.IncidentLadder;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.UnreviewedWeek;
import dev.ryugaku.core.worklog.WeekCategoryMinutes;
import dev.ryugaku.core.worklog.WeekReview;
import dev.ryugaku.core.worklog.WeekTotals;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.persistence.db.SqlValues;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Spring Data picks this up as the implementation of {@link WorkLogAggregates}. */
class WorkLogAggregatesImpl implements WorkLogAggregates {

    /** The Monday of the entry's ISO week, in SQL that MySQL and MariaDB share. */
    private static final String WEEK = "DATE_SUB(w.work_date, INTERVAL WEEKDAY(w.work_date) DAY)";

    private final EntityManager em;

    WorkLogAggregatesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<WeekCategoryMinutes> weeklyMinutes(long enrollmentId) {
        List<?> rows = em.createNativeQuery("SELECT " + WEEK + ", w.category, w.toil, SUM(w.minutes) FROM work_log_entry w"
                        + " WHERE w.enrollment_id = :id GROUP BY 1, 2, 3 ORDER BY 1")
                .setParameter("id", enrollmentId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new WeekCategoryMinutes(SqlValues.date(r[0]),
                WorkCategory.valueOf((String) r[1]), SqlValues.bool(r[2]), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<IncidentLadder.Rung> ladder(long enrollmentId) {
        List<?> rows = em.createNativeQuery("SELECT w.incident_role, COUNT(DISTINCT w.work_date), MIN(w.work_date)"
                        + " FROM work_log_entry w WHERE w.enrollment_id = :id AND w.incident_role IS NOT NULL"
                        + " GROUP BY w.incident_role")
                .setParameter("id", enrollmentId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new IncidentLadder.Rung(
                IncidentRole.valueOf((String) r[0]), ((Number) r[1]).longValue(), SqlValues.date(r[2]))).toList();
    }

    @Override
    public List<UnreviewedWeek> unreviewedWeeks(Collection<Long> enrollmentIds, LocalDate before) {
        List<?> rows = em.createNativeQuery("SELECT w.enrollment_id, p.display_name, " + WEEK + ", SUM(w.minutes)"
                        + " FROM work_log_entry w JOIN enrollment e ON e.id = w.enrollment_id JOIN person p ON p.id = e.person_id"
                        + " WHERE w.enrollment_id IN (:ids) AND w.work_date < :before"
                        + " AND NOT EXISTS (SELECT 1 FROM work_week_review r WHERE r.enrollment_id = w.enrollment_id"
                        + "   AND r.week_start = " + WEEK + ")"
                        + " GROUP BY w.enrollment_id, p.display_name, 3 ORDER BY 3, 2")
                .setParameter("ids", enrollmentIds).setParameter("before", before).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new UnreviewedWeek(((Number) r[0]).longValue(),
                (String) r[1], SqlValues.date(r[2]), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<ToilFlag> weeksOverToilCap(Collection<Long> enrollmentIds) {
        List<?> rows = em.createNativeQuery("SELECT t.enrollment_id, t.week_start, ROUND(100 * t.toil_minutes / t.minutes)"
                        + " FROM work_week_total t WHERE t.enrollment_id IN (:ids) AND t.minutes > 0"
                        + " AND 100 * t.toil_minutes > " + WeekTotals.TOIL_CAP_PERCENT + " * t.minutes ORDER BY 1, 2")
                .setParameter("ids", enrollmentIds).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ToilFlag(((Number) r[0]).longValue(),
                SqlValues.date(r[1]), ((Number) r[2]).intValue())).toList();
    }

    @Override
    public void refreshWeekTotals(long enrollmentId, LocalDate fromWeek, LocalDate toWeek) {
        // written entries reach the database first; the INSERT ... SELECT reads them as a locking read
        em.flush();
        em.createNativeQuery("DELETE FROM work_week_total WHERE enrollment_id = :id AND week_start BETWEEN :from AND :to")
                .setParameter("id", enrollmentId).setParameter("from", fromWeek).setParameter("to", toWeek).executeUpdate();
        em.createNativeQuery("INSERT INTO work_week_total (enrollment_id, week_start, minutes, toil_minutes, observer_days, shadow_days, responder_days, commander_days)"
                        + " SELECT w.enrollment_id, " + WEEK + ", SUM(w.minutes), SUM(CASE WHEN w.toil THEN w.minutes ELSE 0 END),"
                        + " COUNT(DISTINCT CASE WHEN w.incident_role = 'OBSERVER' THEN w.work_date END),"
                        + " COUNT(DISTINCT CASE WHEN w.incident_role = 'SHADOW' THEN w.work_date END),"
                        + " COUNT(DISTINCT CASE WHEN w.incident_role = 'RESPONDER' THEN w.work_date END),"
                        + " COUNT(DISTINCT CASE WHEN w.incident_role = 'COMMANDER' THEN w.work_date END)"
                        + " FROM work_log_entry w WHERE w.enrollment_id = :id AND w.work_date BETWEEN :from AND :until"
                        + " GROUP BY w.enrollment_id, " + WEEK)
                .setParameter("id", enrollmentId).setParameter("from", fromWeek).setParameter("until", toWeek.plusDays(6))
                .executeUpdate();
    }

    @Override
    public List<ExportRow> exportRows(Long enrollmentId, Long cohortId) {
        List<?> rows = em.createNativeQuery("SELECT c.name, p.display_name, w.work_date, w.category, w.minutes, w.toil,"
                        + " w.incident_role, t.title, w.note FROM work_log_entry w"
                        + " JOIN enrollment e ON e.id = w.enrollment_id JOIN person p ON p.id = e.person_id"
                        + " JOIN cohort c ON c.id = e.cohort_id LEFT JOIN improvement_task t ON t.id = w.task_id"
                        + " WHERE (:enrollmentId IS NULL OR w.enrollment_id = :enrollmentId)"
                        + " AND (:cohortId IS NULL OR e.cohort_id = :cohortId)"
                        + " ORDER BY p.display_name, w.work_date, w.id")
                .setParameter("enrollmentId", enrollmentId).setParameter("cohortId", cohortId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ExportRow((String) r[0], (String) r[1], SqlValues.date(r[2]),
                WorkCategory.valueOf((String) r[3]), ((Number) r[4]).intValue(), SqlValues.bool(r[5]),
                r[6] == null ? null : IncidentRole.valueOf((String) r[6]), (String) r[7], (String) r[8])).toList();
    }

    @Override
    public Optional<WeekReview> findReview(long enrollmentId, LocalDate weekStart) {
        // the reviewer's roles are fetched too: they load eagerly and would cost a statement of their own
        return em.createQuery("select distinct r from WeekReview r join fetch r.reviewedBy p left join fetch p.roles"
                        + " where r.enrollment.id = :id and r.weekStart = :week", WeekReview.class)
                .setParameter("id", enrollmentId).setParameter("week", weekStart).getResultStream().findFirst();
    }

    @Override
    public WeekReview saveReview(WeekReview review) {
        em.persist(review);
        return review;
    }

}
