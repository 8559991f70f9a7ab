package dev.ryugaku.persistence.worklog;

import dev.ryugaku.core.worklog.ExportRow;
import dev.ryugaku.core.worklog.IncidentLadder;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.UnreviewedWeek;
import dev.ryugaku.core.worklog.WeekCategoryMinutes;
import dev.ryugaku.core.worklog.WeekReview;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Work-log queries written in SQL: weekly aggregates are grouped by the database, not in Java. */
interface WorkLogAggregates {

    List<WeekCategoryMinutes> weeklyMinutes(long enrollmentId);

    List<IncidentLadder.Rung> ladder(long enrollmentId);

    List<UnreviewedWeek> unreviewedWeeks(Collection<Long> enrollmentIds, LocalDate before);

    List<ToilFlag> weeksOverToilCap(Collection<Long> enrollmentIds);

    void refreshWeekTotals(long enrollmentId, LocalDate fromWeek, LocalDate toWeek);

    List<ExportRow> exportRows(Long enrollmentId, Long cohortId);

    Optional<WeekReview> findReview(long enrollmentId, LocalDate weekStart);

    WeekReview saveReview(WeekReview review);
}
