package dev.ryugaku.core.worklog;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The rules of logging time, each small and named; the day total is checked by the service. */
public final class WorkLogRules {

    public static final int MINUTES_PER_DAY = 1440;
    /** Entries may still be logged this many days after the rotation ends. */
    public static final int GRACE_DAYS = 7;
    public static final int NOTE_MAX_LENGTH = 1000;

    private WorkLogRules() {
    }

    /** The Monday of the ISO week the date falls in. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static List<Violation> check(WorkLogDraft draft, LocalDate rotationStart, LocalDate rotationEnd, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        found.addAll(checkDate(draft.getDate(), rotationStart, rotationEnd, today));
        if (draft.getMinutes() == null || draft.getMinutes() < 1 || draft.getMinutes() > MINUTES_PER_DAY) {
            found.add(of("minutes", WorkLogProblem.MINUTES_OUT_OF_RANGE, MINUTES_PER_DAY));
        }
        if (draft.getCategory() == null) {
            found.add(of("category", WorkLogProblem.CATEGORY_REQUIRED));
        } else if (draft.getCategory() == WorkCategory.INCIDENT && draft.getIncidentRole() == null) {
            found.add(of("incidentRole", WorkLogProblem.INCIDENT_ROLE_REQUIRED));
        } else if (!draft.getCategory().hasIncidentRole() && draft.getIncidentRole() != null) {
            found.add(of("incidentRole", WorkLogProblem.INCIDENT_ROLE_NOT_FOR_CATEGORY));
        }
        if (draft.getNote() != null && draft.getNote().length() > NOTE_MAX_LENGTH) {
            found.add(of("note", WorkLogProblem.NOTE_TOO_LONG, NOTE_MAX_LENGTH));
        }
        return found;
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
