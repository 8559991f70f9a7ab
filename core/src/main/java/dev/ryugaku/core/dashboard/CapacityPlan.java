package dev.ryugaku.core.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a planned cohort will ask of mentors and home teams: check-in hours from its cadence, the
 * check-in length and its participants, against each mentor's current load; and the engineering
 * time each home team gives up.
 *
 * @param participants    enrolled participants, or the capacity when nobody is enrolled yet
 * @param checkInsEach    check-ins per participant over the period
 * @param mentorHoursTotal all check-in hours of the cohort
 * @param mentorHoursPerWeek check-in hours per week while the cohort runs
 */
public record CapacityPlan(long cohortId, String cohortName, LocalDate startDate, LocalDate endDate, long participants,
                           boolean fromCapacity, Duration checkInLength, int checkInsEach, BigDecimal mentorHoursTotal,
                           BigDecimal mentorHoursPerWeek, List<MentorLoad> mentors,
                           List<DashboardQueries.HomeTeamTime> homeTeams) {

    /** A mentor's load now and with this cohort's mentees they are already assigned. */
    public record MentorLoad(long mentorId, String name, long activeMentees, long menteesInCohort,
                             BigDecimal hoursPerWeekNow, BigDecimal hoursPerWeekWithCohort) {
    }

    /** Check-ins on the cadence over the period: one in the first week, then every {@code cadenceDays}. */
    public static int checkInsOver(LocalDate start, LocalDate end, int cadenceDays) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return (int) ((days + cadenceDays - 1) / cadenceDays);
    }

    /** Weekly hours of {@code mentees} check-ins of {@code length} every {@code cadenceDays}. */
    public static BigDecimal hoursPerWeek(long mentees, Duration length, int cadenceDays) {
        BigDecimal minutesPerWeek = BigDecimal.valueOf(mentees * length.toMinutes() * 7)
                .divide(BigDecimal.valueOf(cadenceDays), 4, RoundingMode.HALF_UP);
        return minutesPerWeek.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /** Hours of {@code count} check-ins of {@code length}. */
    public static BigDecimal hours(long count, Duration length) {
        return BigDecimal.valueOf(count * length.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
