package dev.ryugaku.core.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The dashboard's aggregates, each one statement for any number of cohorts; implemented in persistence. */
public interface DashboardQueries {

    /**
     * Every figure of these cohorts (see {@link KpiRow.Metric}); check-ins count as due once their time
     * is before {@code now}. A finished cohort's figures are read as stored, the others' computed.
     */
    List<KpiRow> cohortKpis(Collection<Long> cohortIds, Instant now);

    /**
     * Stores the figures of the cohorts that have finished before {@code endedBefore} (every rotation
     * ended, no check-in at or after {@code now}) and have none stored, as computed now; returns their ids.
     * A later write to such a cohort's data drops its stored figures, in the writing transaction.
     */
    List<Long> storeFinishedCohortFigures(LocalDate endedBefore, Instant now);

    /**
     * A cohort's weeks: average well-being of held check-ins (by the week of their time, shifted by
     * {@code zoneOffsetSeconds}) and toil % of logged time.
     */
    List<WeekPoint> weeklySeries(long cohortId, int zoneOffsetSeconds);

    /** Per home team, the people of a cohort and their rotation days (weekends included). */
    List<HomeTeamTime> homeTeamTime(long cohortId);

    record HomeTeamTime(String teamName, long people, long rotationDays) {
    }

    /**
     * Every active mentor with the check-ins per week of their active mentees now (each on their
     * cohort's cadence), and how many of the given cohort's enrollments they mentor.
     */
    List<MentorLoadRow> mentorLoads(long cohortId);

    record MentorLoadRow(long mentorId, String name, long activeMentees, BigDecimal checkInsPerWeekNow,
                         long menteesInCohort) {
    }
}
