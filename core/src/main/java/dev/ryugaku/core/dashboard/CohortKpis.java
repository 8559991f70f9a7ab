package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.core.worklog.IncidentRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A cohort's figures on the dashboard, and the ratios derived from them. */
public record CohortKpis(long cohortId, String name, LocalDate startDate, LocalDate endDate,
                         Map<EnrollmentStatus, Long> participants, Map<TaskStatus, Long> tasksByStatus,
                         Map<TaskCategory, Long> tasksByCategory, BigDecimal costSavedPerMonth,
                         BigDecimal toilHoursSavedPerMonth, long checkInsHeld, long checkInsDue,
                         long wellBeingSum, long wellBeingCount, Map<IncidentRole, Long> ladderReached,
                         long toilMinutes, long loggedMinutes) {

    /** Assembles a cohort's figures from its rows of the aggregate query. */
    public static CohortKpis of(long cohortId, String name, LocalDate startDate, LocalDate endDate, List<KpiRow> rows) {
        Map<EnrollmentStatus, Long> participants = new EnumMap<>(EnrollmentStatus.class);
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        Map<TaskCategory, Long> byCategory = new EnumMap<>(TaskCategory.class);
        Map<IncidentRole, Long> ladder = new EnumMap<>(IncidentRole.class);
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal toilHours = BigDecimal.ZERO;
        long held = 0;
        long due = 0;
        long wellBeingSum = 0;
        long wellBeingCount = 0;
        long toil = 0;
        long logged = 0;
        for (KpiRow row : rows) {
            switch (row.metric()) {
                case PARTICIPANTS -> participants.put(EnrollmentStatus.valueOf(row.key()), count(row.first()));
                case TASK_STATUS -> byStatus.put(TaskStatus.valueOf(row.key()), count(row.first()));
                case TASK_CATEGORY -> byCategory.put(TaskCategory.valueOf(row.key()), count(row.first()));
                case IMPACT -> {
                    cost = orZero(row.first());
                    toilHours = orZero(row.second());
                }
                case CHECK_INS -> {
                    held = count(row.first());
                    due = count(row.second());
                }
                case WELL_BEING -> {
                    wellBeingSum = count(row.first());
                    wellBeingCount = count(row.second());
                }
                case LADDER -> {
                    String[] roles = row.key().split("/");
                    ladder.put(IncidentRole.valueOf(roles[0]), count(row.first()));
                    ladder.put(IncidentRole.valueOf(roles[1]), count(row.second()));
                }
                case TOIL -> {
                    toil = count(row.first());
                    logged = count(row.second());
                }
            }
        }
        return new CohortKpis(cohortId, name, startDate, endDate, participants, byStatus, byCategory, cost, toilHours,
                held, due, wellBeingSum, wellBeingCount, ladder, toil, logged);
    }

    /** Held check-ins out of those due so far, in whole percent; null before any was due. */
    public Integer checkInCompliancePercent() {
        return checkInsDue == 0 ? null : (int) Math.round(100.0 * checkInsHeld / checkInsDue);
    }

    /** Toil minutes out of all logged minutes, in whole percent; null before anything was logged. */
    public Integer toilPercent() {
        return loggedMinutes == 0 ? null : (int) Math.round(100.0 * toilMinutes / loggedMinutes);
    }

    /** Average well-being of held check-ins, one decimal; null before any. */
    public BigDecimal averageWellBeing() {
        return wellBeingCount == 0 ? null
                : BigDecimal.valueOf(wellBeingSum).divide(BigDecimal.valueOf(wellBeingCount), 1, RoundingMode.HALF_UP);
    }

    public long participantCount() {
        return participants.entrySet().stream().filter(e -> e.getKey() != EnrollmentStatus.WITHDRAWN)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long taskCount() {
        return tasksByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long count(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
