package dev.ryugaku.core.worklog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One week of one rotation as the week view shows it, and what the viewer may do with it: the grid
 * reads each cell's minutes, the day totals and which cells it may write from here; {@code own} when
 * the viewer is the participant.
 */
public record WeekView(long enrollmentId, String personName, String cohortName, LocalDate weekStart,
                       LocalDate rotationStart, LocalDate rotationEnd, List<WorkLogEntryRow> entries, WeekTotals totals,
                       String reviewedByName, Instant reviewedAt, String reviewComment, boolean editable,
                       boolean mayReview, List<TaskOption> tasks, LocalDate today, boolean own) {

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    /** Monday to Sunday. */
    public List<LocalDate> days() {
        return IntStream.range(0, 7).mapToObj(weekStart::plusDays).toList();
    }

    /** The minutes of one cell of the grid: every entry of that day and category, detailed ones included. */
    public int minutes(LocalDate day, WorkCategory category) {
        return entries.stream().filter(e -> e.date().equals(day) && e.category() == category)
                .mapToInt(WorkLogEntryRow::minutes).sum();
    }

    public int dayMinutes(LocalDate day) {
        return entries.stream().filter(e -> e.date().equals(day)).mapToInt(WorkLogEntryRow::minutes).sum();
    }

    /**
     * Whether the grid may change the cell: only in an editable week, never for a day still to come,
     * and never for incidents, which need a role for the ladder and are logged as entries.
     */
    public boolean isCellWritable(LocalDate day, WorkCategory category) {
        return editable && !day.isAfter(today) && category != WorkCategory.INCIDENT;
    }

    /** A task of the participant's that an entry can point to. */
    public record TaskOption(long id, String title) {
    }
}
