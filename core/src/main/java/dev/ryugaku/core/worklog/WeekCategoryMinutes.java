package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/** One row of the weekly aggregate: a week, a category, toil or not, and the minutes. */
public record WeekCategoryMinutes(LocalDate weekStart, WorkCategory category, boolean toil, long minutes) {
}
