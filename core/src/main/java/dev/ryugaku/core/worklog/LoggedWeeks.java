package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** What every write to a log shares, entries and grid alike: the open week first, the weekly totals after. */
@Component
class LoggedWeeks {

    private final WorkLogRepository log;
    private final EnrollmentRepository enrollments;

    LoggedWeeks(WorkLogRepository log, EnrollmentRepository enrollments) {
        this.log = log;
        this.enrollments = enrollments;
    }

    /**
     * Every write to a log and every review asks this first. It takes the rotation's row lock, so
     * that a review cannot commit between a write's check and the write itself.
     */
    void requireOpen(long enrollmentId, LocalDate day) {
        enrollments.findForUpdate(enrollmentId);
        if (log.findReview(enrollmentId, WorkLogRules.weekOf(day)).isPresent()) {
            throw new InvalidInputException(List.of(Violation.of("", WorkLogProblem.WEEK_REVIEWED)));
        }
    }

    /** The weekly totals follow every write, in the same transaction (see work_week_total). */
    void refresh(long enrollmentId, LocalDate oneDay, LocalDate otherDay) {
        LocalDate oneWeek = WorkLogRules.weekOf(oneDay);
        LocalDate otherWeek = WorkLogRules.weekOf(otherDay);
        log.refreshWeekTotals(enrollmentId, oneWeek, oneWeek);
        if (!otherWeek.equals(oneWeek)) {
            log.refreshWeekTotals(enrollmentId, otherWeek, otherWeek);
        }
    }

    /** A week can be reviewed once it is past, or once the rotation has ended within it. */
    static boolean isOver(Enrollment rotation, LocalDate weekStart, LocalDate today) {
        LocalDate sunday = weekStart.plusDays(6);
        LocalDate end = rotation.effectiveEnd();
        return sunday.isBefore(today) || !end.isAfter(sunday) && end.isBefore(today);
    }
}
