package dev.ryugaku.persistence.dashboard;

import dev.ryugaku.core.dashboard.DashboardQueries;
import dev.ryugaku.core.dashboard.KpiRow;
import dev.ryugaku.core.dashboard.WeekPoint;
import dev.ryugaku.persistence.db.SqlValues;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's aggregates in SQL that MySQL and MariaDB share. The figures of any number of
 * cohorts come back from one UNION ALL of grouped queries, one branch per metric.
 */
@Repository
class DashboardQueriesSql implements DashboardQueries {

    /** The Monday of a date's ISO week. */
    private static final String MONDAY = "DATE_SUB(%1$s, INTERVAL WEEKDAY(%1$s) DAY)";

    /** Per rotation of the cohorts, the days it played each incident role (from the weekly totals). */
    private static final String LADDER_PER_ROTATION = """
            SELECT e.cohort_id, t.enrollment_id, SUM(t.observer_days) AS observer, SUM(t.shadow_days) AS shadow,
                SUM(t.responder_days) AS responder, SUM(t.commander_days) AS commander
            FROM work_week_total t JOIN enrollment e ON e.id = t.enrollment_id
            WHERE e.cohort_id IN (:ids)%s GROUP BY e.cohort_id, t.enrollment_id""";

    /** Leaves out the cohorts whose figures are stored (the column that holds the cohort id is %1$s). */
    private static final String NOT_STORED = " AND %1$s NOT IN (SELECT s.cohort_id FROM cohort_figures_stored s)";

    /** Every figure of the cohorts {@code :ids}, computed from their rows (what is stored). */
    private static final String COMPUTED_FIGURES = computedFigures("");

    /** Stored figures where a cohort has them, computed ones for the others: one statement either way. */
    private static final String STORED_OR_COMPUTED_FIGURES = """
            SELECT f.cohort_id, f.metric, f.figure_key, f.value_a, f.value_b
            FROM cohort_figure f JOIN cohort_figures_stored s ON s.cohort_id = f.cohort_id
            WHERE f.cohort_id IN (:ids)
            UNION ALL
            """ + computedFigures(NOT_STORED);

    private final EntityManager em;

    DashboardQueriesSql(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<KpiRow> cohortKpis(Collection<Long> cohortIds, Instant now) {
        List<?> rows = em.createNativeQuery(STORED_OR_COMPUTED_FIGURES)
                .setParameter("ids", cohortIds).setParameter("now", now).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new KpiRow(SqlValues.number(r[0]),
                KpiRow.Metric.valueOf((String) r[1]), (String) r[2], SqlValues.decimal(r[3]), SqlValues.decimal(r[4]))).toList();
    }

    @Override
    public List<Long> storeFinishedCohortFigures(LocalDate endedBefore, Instant now) {
        List<Long> finished = em.createNativeQuery("""
                        SELECT c.id FROM cohort c
                        WHERE c.state = 'SCHEDULED' AND c.end_date < :endedBefore
                          AND c.id NOT IN (SELECT s.cohort_id FROM cohort_figures_stored s)
                          AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.end_date >= :endedBefore)
                          AND NOT EXISTS (SELECT 1 FROM check_in ci JOIN enrollment e ON e.id = ci.enrollment_id
                                          WHERE e.cohort_id = c.id AND ci.scheduled_at >= :now)
                        ORDER BY c.id
                        """)
                .setParameter("endedBefore", endedBefore).setParameter("now", now).getResultList().stream()
                .map(SqlValues::number).toList();
        if (finished.isEmpty()) {
            return finished;
        }
        // figures first, the mark last: a write that commits meanwhile either is read here (INSERT ... SELECT
        // is a locking read) or waits for this transaction and then deletes the mark (decision 0026)
        em.createNativeQuery("DELETE FROM cohort_figure WHERE cohort_id IN (:ids)").setParameter("ids", finished)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO cohort_figure (cohort_id, metric, figure_key, value_a, value_b) "
                        + COMPUTED_FIGURES)
                .setParameter("ids", finished).setParameter("now", now).executeUpdate();
        em.createNativeQuery("INSERT INTO cohort_figures_stored (cohort_id, stored_at) SELECT c.id, :now FROM cohort c"
                        + " WHERE c.id IN (:ids)")
                .setParameter("ids", finished).setParameter("now", now).executeUpdate();
        return finished;
    }

    /**
     * Every figure of the cohorts {@code :ids} (and {@code cohortFilter}, which names the cohort id
     * column as %1$s), computed from their rows; check-ins count as due once their time is before {@code :now}.
     */
    private static String computedFigures(String cohortFilter) {
        String e = cohortFilter.formatted("e.cohort_id");
        // tasks are read through their cohort, so that only the cohorts left after the filter are looked up
        // (filtering the tasks themselves would fetch every task of the stored cohorts first)
        String t = cohortFilter.formatted("k.id");
        return """
                SELECT e.cohort_id, 'PARTICIPANTS', e.status, COUNT(*), NULL
                FROM enrollment e WHERE e.cohort_id IN (:ids)%1$s GROUP BY e.cohort_id, e.status
                UNION ALL
                SELECT t.cohort_id, 'TASK_STATUS', t.status, COUNT(*), NULL
                FROM cohort k JOIN improvement_task t ON t.cohort_id = k.id
                WHERE k.id IN (:ids)%2$s GROUP BY t.cohort_id, t.status
                UNION ALL
                SELECT t.cohort_id, 'TASK_CATEGORY', t.category, COUNT(*), NULL
                FROM cohort k JOIN improvement_task t ON t.cohort_id = k.id
                WHERE k.id IN (:ids)%2$s GROUP BY t.cohort_id, t.category
                UNION ALL
                SELECT t.cohort_id, 'IMPACT', '', SUM(t.cost_saved_per_month), SUM(t.toil_hours_saved_per_month)
                FROM cohort k JOIN improvement_task t ON t.cohort_id = k.id
                WHERE k.id IN (:ids)%2$s AND t.status = 'DONE' GROUP BY t.cohort_id
                UNION ALL
                SELECT e.cohort_id, 'CHECK_INS', '', SUM(CASE WHEN c.status = 'HELD' THEN 1 ELSE 0 END), COUNT(*)
                FROM check_in c JOIN enrollment e ON e.id = c.enrollment_id
                WHERE e.cohort_id IN (:ids)%1$s AND c.scheduled_at < :now AND c.status <> 'CANCELLED'
                GROUP BY e.cohort_id
                UNION ALL
                SELECT e.cohort_id, 'WELL_BEING', '', SUM(c.well_being), COUNT(c.well_being)
                FROM check_in c JOIN enrollment e ON e.id = c.enrollment_id
                WHERE e.cohort_id IN (:ids)%1$s AND c.status = 'HELD' GROUP BY e.cohort_id
                UNION ALL
                SELECT y.cohort_id, 'LADDER', p.roles,
                    SUM(CASE WHEN p.roles = 'OBSERVER/SHADOW' THEN y.observer ELSE y.responder END > 0),
                    SUM(CASE WHEN p.roles = 'OBSERVER/SHADOW' THEN y.shadow ELSE y.commander END > 0)
                FROM (%3$s) y
                CROSS JOIN (SELECT 'OBSERVER/SHADOW' AS roles UNION ALL SELECT 'RESPONDER/COMMANDER') p
                GROUP BY y.cohort_id, p.roles
                UNION ALL
                SELECT e.cohort_id, 'TOIL', '', SUM(t.toil_minutes), SUM(t.minutes)
                FROM work_week_total t JOIN enrollment e ON e.id = t.enrollment_id
                WHERE e.cohort_id IN (:ids)%1$s GROUP BY e.cohort_id
                """.formatted(e, t, LADDER_PER_ROTATION.formatted(e));
    }

    @Override
    public List<WeekPoint> weeklySeries(long cohortId, int zoneOffsetSeconds) {
        String localDay = "DATE(DATE_ADD(c.scheduled_at, INTERVAL :offset SECOND))";
        List<?> rows = em.createNativeQuery("SELECT 'W', " + MONDAY.formatted(localDay) + ", SUM(c.well_being), COUNT(c.well_being)"
                        + " FROM check_in c JOIN enrollment e ON e.id = c.enrollment_id"
                        + " WHERE e.cohort_id = :cohort AND c.status = 'HELD' AND c.well_being IS NOT NULL GROUP BY 2"
                        + " UNION ALL"
                        + " SELECT 'T', t.week_start, SUM(t.toil_minutes), SUM(t.minutes)"
                        + " FROM work_week_total t JOIN enrollment e ON e.id = t.enrollment_id"
                        + " WHERE e.cohort_id = :cohort GROUP BY 2")
                .setParameter("cohort", cohortId).setParameter("offset", zoneOffsetSeconds).getResultList();
        Map<LocalDate, BigDecimal[]> weeks = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            // a one-letter literal comes back as a Character, not a String
            boolean wellBeing = "W".equals(String.valueOf(r[0]));
            BigDecimal[] week = weeks.computeIfAbsent(SqlValues.date(r[1]), w -> new BigDecimal[2]);
            BigDecimal sum = SqlValues.decimal(r[2]);
            BigDecimal count = SqlValues.decimal(r[3]);
            if (count == null || count.signum() == 0) {
                continue;
            }
            week[wellBeing ? 0 : 1] = wellBeing ? sum.divide(count, 1, RoundingMode.HALF_UP)
                    : sum.multiply(BigDecimal.valueOf(100)).divide(count, 0, RoundingMode.HALF_UP);
        }
        return weeks.entrySet().stream().map(w -> new WeekPoint(w.getKey(), w.getValue()[0],
                w.getValue()[1] == null ? null : w.getValue()[1].intValue())).toList();
    }

    @Override
    public List<HomeTeamTime> homeTeamTime(long cohortId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT COALESCE(t.name, ''), COUNT(*),
                            SUM(DATEDIFF(COALESCE(e.end_date, c.end_date), COALESCE(e.start_date, c.start_date)) + 1)
                        FROM enrollment e JOIN cohort c ON c.id = e.cohort_id LEFT JOIN team t ON t.id = e.home_team_id
                        WHERE e.cohort_id = :cohort AND e.status <> 'WITHDRAWN'
                        GROUP BY t.name ORDER BY 2 DESC, 1
                        """)
                .setParameter("cohort", cohortId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new HomeTeamTime((String) r[0], SqlValues.number(r[1]), SqlValues.number(r[2]))).toList();
    }

    @Override
    public List<MentorLoadRow> mentorLoads(long cohortId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT p.id, p.display_name,
                            COUNT(DISTINCT CASE WHEN e.status = 'ACTIVE' THEN e.id END),
                            COALESCE(SUM(CASE WHEN e.status = 'ACTIVE' THEN 7.0 / (CASE c.cadence WHEN 'WEEKLY' THEN 7 ELSE 14 END) END), 0),
                            COUNT(DISTINCT CASE WHEN e.cohort_id = :cohort AND e.status <> 'WITHDRAWN' THEN e.id END)
                        FROM person p JOIN person_role r ON r.person_id = p.id AND r.role = 'MENTOR'
                        LEFT JOIN enrollment e ON e.primary_mentor_id = p.id OR e.secondary_mentor_id = p.id
                        LEFT JOIN cohort c ON c.id = e.cohort_id
                        WHERE p.active = TRUE
                        GROUP BY p.id, p.display_name ORDER BY 5 DESC, 3 DESC, 2
                        """)
                .setParameter("cohort", cohortId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new MentorLoadRow(SqlValues.number(r[0]), (String) r[1],
                SqlValues.number(r[2]), SqlValues.decimal(r[3]), SqlValues.number(r[4]))).toList();
    }
}
