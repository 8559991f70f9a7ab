package dev.ryugaku.core.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week as the grid reads it: each cell's minutes, the day totals, and which cells it may write. */
class WeekViewTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    private static final List<WorkLogEntryRow> ENTRIES = List.of(
            quick(MONDAY, 90, WorkCategory.IMPROVEMENT),
            new WorkLogEntryRow(2, 0, MONDAY, 30, WorkCategory.IMPROVEMENT, true, 5L, "SLO", null, "detailed"),
            quick(MONDAY, 60, WorkCategory.LEARNING),
            quick(WEDNESDAY, 45, WorkCategory.REQUEST));

    @Test
    void aCellHoldsEveryEntryOfItsDayAndCategoryDetailedOnesIncluded() {
        WeekView week = week(true, WEDNESDAY);
        assertThat(week.minutes(MONDAY, WorkCategory.IMPROVEMENT)).isEqualTo(120);
        assertThat(week.minutes(MONDAY, WorkCategory.LEARNING)).isEqualTo(60);
        assertThat(week.minutes(MONDAY.plusDays(1), WorkCategory.IMPROVEMENT)).isZero();
    }

    @Test
    void dayTotalsAddUpToTheWeeksTotal() {
        WeekView week = week(true, WEDNESDAY);
        assertThat(week.dayMinutes(MONDAY)).isEqualTo(180);
        assertThat(week.dayMinutes(WEDNESDAY)).isEqualTo(45);
        assertThat(week.days()).hasSize(7).startsWith(MONDAY).endsWith(MONDAY.plusDays(6));
        assertThat(week.days().stream().mapToInt(week::dayMinutes).sum()).isEqualTo(week.totals().totalMinutes());
    }

    @Test
    void theGridWritesOnlyPastAndPresentDaysOfAnEditableWeekAndNeverIncidents() {
        WeekView week = week(true, WEDNESDAY);
        assertThat(week.isCellWritable(WEDNESDAY, WorkCategory.LEARNING)).isTrue();
        assertThat(week.isCellWritable(WEDNESDAY.plusDays(1), WorkCategory.LEARNING)).as("tomorrow").isFalse();
        assertThat(week.isCellWritable(MONDAY, WorkCategory.INCIDENT)).as("incidents need a role").isFalse();
        assertThat(week(false, WEDNESDAY).isCellWritable(MONDAY, WorkCategory.LEARNING)).as("reviewed week").isFalse();
    }

    private static WorkLogEntryRow quick(LocalDate day, int minutes, WorkCategory category) {
        return new WorkLogEntryRow(1, 0, day, minutes, category, category.isToilByDefault(), null, null, null, null);
    }

    private static WeekView week(boolean editable, LocalDate today) {
        return new WeekView(1, "田中", "第2期", MONDAY, MONDAY.minusMonths(1), MONDAY.plusMonths(5), ENTRIES,
                ToilComputation.of(MONDAY, ENTRIES), null, null, null, editable, false, List.of(), today, editable);
    }
}
