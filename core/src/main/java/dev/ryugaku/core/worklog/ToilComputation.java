package dev.ryugaku.core.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds the weekly aggregate rows into one {@link WeekTotals} per week, oldest first. */
public final class ToilComputation {

    private ToilComputation() {
    }

    public static List<WeekTotals> weeks(List<WeekCategoryMinutes> rows) {
        Map<LocalDate, Map<WorkCategory, Integer>> minutes = new TreeMap<>();
        Map<LocalDate, Integer> toil = new TreeMap<>();
        for (WeekCategoryMinutes row : rows) {
            minutes.computeIfAbsent(row.weekStart(), week -> new EnumMap<>(WorkCategory.class))
                    .merge(row.category(), (int) row.minutes(), Integer::sum);
            if (row.toil()) {
                toil.merge(row.weekStart(), (int) row.minutes(), Integer::sum);
            }
        }
        List<WeekTotals> weeks = new ArrayList<>();
        minutes.forEach((week, byCategory) -> weeks.add(new WeekTotals(week, byCategory, toil.getOrDefault(week, 0))));
        return weeks;
    }

    /** Totals of the entries of one week, computed the same way as the aggregate. */
    public static WeekTotals of(LocalDate weekStart, List<WorkLogEntryRow> entries) {
        List<WeekCategoryMinutes> rows = entries.stream()
                .map(e -> new WeekCategoryMinutes(weekStart, e.category(), e.toil(), e.minutes())).toList();
        List<WeekTotals> weeks = weeks(rows);
        return weeks.isEmpty() ? new WeekTotals(weekStart, Map.of(), 0) : weeks.getFirst();
    }
}
