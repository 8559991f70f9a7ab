package dev.ryugaku.core.worklog;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The rules of logging time, each small and named; the day total is checked by the service. */
public final class WorkLogRules {

    public static final int MINUTES_PER_DAY = 1440;
    /** Entries may still be logged this many days after the rotation ends. */
    public static final int GRACE_DAYS = 7;
    public static final int NOTE_MAX_LENGTH = 1000;

    static final Rule<WorkLogDraft> MINUTES_FIT_A_DAY = Rule.refuseWhen(
            draft -> draft.getMinutes() == null || draft.getMinutes() < 1 || draft.getMinutes() > MINUTES_PER_DAY,
            "minutes", WorkLogProblem.MINUTES_OUT_OF_RANGE, MINUTES_PER_DAY);

    static final Rule<WorkLogDraft> CATEGORY_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getCategory() == null,
            "category", WorkLogProblem.CATEGORY_REQUIRED);

    /** Incident work names the role taken; other categories without a role take none. */
    static final Rule<WorkLogDraft> INCIDENT_ROLE_MATCHES_CATEGORY = draft -> {
        WorkCategory category = draft.getCategory();
        if (category == WorkCategory.INCIDENT && draft.getIncidentRole() == null) {
            return List.of(of("incidentRole", WorkLogProblem.INCIDENT_ROLE_REQUIRED));
        }
        if (category != null && !category.hasIncidentRole() && draft.getIncidentRole() != null) {
            return List.of(of("incidentRole", WorkLogProblem.INCIDENT_ROLE_NOT_FOR_CATEGORY));
        }
        return List.of();
    };

    static final Rule<WorkLogDraft> NOTE_FITS = Rule.fits("note", WorkLogDraft::getNote, NOTE_MAX_LENGTH,
            WorkLogProblem.NOTE_TOO_LONG);

    private WorkLogRules() {
    }

    /** The Monday of the ISO week the date falls in. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every rule the entry breaks, in form order; empty when it may be saved. */
    public static List<Violation> check(WorkLogDraft draft, LocalDate rotationStart, LocalDate rotationEnd, LocalDate today) {
        return Rule.all(List.of(dateFallsInTheRotation(rotationStart, rotationEnd, today), MINUTES_FIT_A_DAY,
                CATEGORY_IS_CHOSEN, INCIDENT_ROLE_MATCHES_CATEGORY, NOTE_FITS)).check(draft);
    }

    static Rule<WorkLogDraft> dateFallsInTheRotation(LocalDate rotationStart, LocalDate rotationEnd, LocalDate today) {
        return draft -> checkDate(draft.getDate(), rotationStart, rotationEnd, today);
    }

    /** No future days; inside the rotation, with a week's grace after it ends. */
    public static List<Violation> checkDate(LocalDate date, LocalDate rotationStart, LocalDate rotationEnd, LocalDate today) {
        if (date == null) {
            return List.of(of("date", WorkLogProblem.DATE_REQUIRED));
        }
        if (date.isAfter(today)) {
            return List.of(of("date", WorkLogProblem.DATE_IN_FUTURE));
        }
        LocalDate lastDay = rotationEnd.plusDays(GRACE_DAYS);
        if (date.isBefore(rotationStart) || date.isAfter(lastDay)) {
            return List.of(of("date", WorkLogProblem.DATE_OUTSIDE_ROTATION, rotationStart, lastDay));
        }
        return List.of();
    }

    /** A day holds at most 24 hours of work. */
    public static boolean fitsInADay(int minutesThatDay) {
        return minutesThatDay <= MINUTES_PER_DAY;
    }
}
