package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/** A past week a mentor has not looked at yet. */
public record UnreviewedWeek(long enrollmentId, String personName, LocalDate weekStart, long minutes) {
}
