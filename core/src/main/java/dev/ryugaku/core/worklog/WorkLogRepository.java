package dev.ryugaku.core.worklog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface WorkLogRepository {

    WorkLogEntry save(WorkLogEntry entry);

    Optional<WorkLogEntry> findById(Long id);

    void delete(WorkLogEntry entry);

    /** The rotation's entries between two days, as entities to change. */
    List<WorkLogEntry> findEntries(long enrollmentId, LocalDate from, LocalDate to);

    /** The same, as rows to show, by date. */
    List<WorkLogEntryRow> findEntryRows(long enrollmentId, LocalDate from, LocalDate to);

    Optional<WeekReview> findReview(long enrollmentId, LocalDate weekStart);

    WeekReview saveReview(WeekReview review);

    /** Minutes per ISO week, category and toil flag: one aggregate query for a whole rotation. */
    List<WeekCategoryMinutes> weeklyMinutes(long enrollmentId);

    /** Incidents (distinct days) per role with the first day each role was played. */
    List<IncidentLadder.Rung> ladder(long enrollmentId);

    /** Past weeks with entries but no review, for the given rotations. */
    List<UnreviewedWeek> unreviewedWeeks(Collection<Long> enrollmentIds, LocalDate before);

    /** Weeks above the toil cap for the given rotations. */
    List<ToilFlag> weeksOverToilCap(Collection<Long> enrollmentIds);

    /**
     * Recomputes the weekly totals (work_week_total) of a rotation's weeks from {@code fromWeek} to
     * {@code toWeek} from its entries, after writes in the same transaction (pending ones are flushed first).
     */
    void refreshWeekTotals(long enrollmentId, LocalDate fromWeek, LocalDate toWeek);

    /** Export rows of one rotation or a whole cohort, by person and date. */
    List<ExportRow> exportRows(Long enrollmentId, Long cohortId);
}
