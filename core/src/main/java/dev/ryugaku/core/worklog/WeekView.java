package dev.ryugaku.core.worklog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One week of one rotation as the week view shows it, and what the viewer may do with it. */
public record WeekView(long enrollmentId, String personName, String cohortName, LocalDate weekStart,
                       LocalDate rotationStart, LocalDate rotationEnd, List<WorkLogEntryRow> entries, WeekTotals totals,
                       String reviewedByName, Instant reviewedAt, String reviewComment, boolean editable,
                       boolean mayReview, List<TaskOption> tasks) {

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    /** A task of the participant's that an entry can point to. */
    public record TaskOption(long id, String title) {
    }
}
