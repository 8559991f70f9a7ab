package dev.ryugaku.core.cohort;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a cohort input must follow on its own, each small and named. Rules that need the
 * database (name taken, host team kind, enrolled count) are checked by {@link CohortService}.
 */
public final class CohortRules {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_CAPACITY = 500;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;

    static final Rule<CohortDraft> NAME_IS_GIVEN = draft -> {
        String name = draft.getName() == null ? "" : draft.getName().strip();
        if (name.isEmpty()) {
            return List.of(of("name", CohortProblem.NAME_REQUIRED));
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX_LENGTH) {
            return List.of(of("name", CohortProblem.NAME_TOO_LONG, NAME_MAX_LENGTH));
        }
        return List.of();
    };

    static final Rule<CohortDraft> PERIOD_ENDS_AFTER_IT_STARTS = draft -> {
        List<Violation> found = new ArrayList<>();
        if (draft.getStartDate() == null) {
            found.add(of("startDate", CohortProblem.START_REQUIRED));
        }
        if (draft.getEndDate() == null) {
            found.add(of("endDate", CohortProblem.END_REQUIRED));
        } else if (draft.getStartDate() != null && !draft.getEndDate().isAfter(draft.getStartDate())) {
            found.add(of("endDate", CohortProblem.END_NOT_AFTER_START));
        }
        return found;
    };

    static final Rule<CohortDraft> CAPACITY_IS_POSITIVE = draft -> {
        Integer capacity = draft.getCapacity();
        if (capacity == null) {
            return List.of(of("capacity", CohortProblem.CAPACITY_REQUIRED));
        }
        if (capacity < 1) {
            return List.of(of("capacity", CohortProblem.CAPACITY_TOO_SMALL));
        }
        if (capacity > MAX_CAPACITY) {
            return List.of(of("capacity", CohortProblem.CAPACITY_TOO_LARGE, MAX_CAPACITY));
        }
        return List.of();
    };

    static final Rule<CohortDraft> HOST_TEAM_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getHostTeamId() == null,
            "hostTeamId", CohortProblem.HOST_TEAM_REQUIRED);

    static final Rule<CohortDraft> CADENCE_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getCadence() == null,
            "cadence", CohortProblem.CADENCE_REQUIRED);

    static final Rule<CohortDraft> MILESTONES_LIE_WITHIN_PERIOD = draft -> {
        LocalDate start = draft.getStartDate();
        LocalDate end = draft.getEndDate();
        if (start == null || end == null || !end.isAfter(start)) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        checkWithin(found, "kickoffDate", draft.getKickoffDate(), start, end);
        checkWithin(found, "midTermReviewDate", draft.getMidTermReviewDate(), start, end);
        checkWithin(found, "finalReviewDate", draft.getFinalReviewDate(), start, end);
        return found;
    };

    static final Rule<CohortDraft> MILESTONES_COME_IN_ORDER = draft -> {
        List<Violation> found = new ArrayList<>();
        if (isBefore(draft.getMidTermReviewDate(), draft.getKickoffDate())) {
            found.add(of("midTermReviewDate", CohortProblem.MILESTONES_OUT_OF_ORDER));
        }
        LocalDate previous = draft.getMidTermReviewDate() != null ? draft.getMidTermReviewDate() : draft.getKickoffDate();
        if (isBefore(draft.getFinalReviewDate(), previous)) {
            found.add(of("finalReviewDate", CohortProblem.MILESTONES_OUT_OF_ORDER));
        }
        return found;
    };

    static final Rule<CohortDraft> DESCRIPTION_FITS = Rule.fits("description", CohortDraft::getDescription,
            DESCRIPTION_MAX_LENGTH, CohortProblem.DESCRIPTION_TOO_LONG);

    private static final Rule<CohortDraft> ALL = Rule.all(List.of(NAME_IS_GIVEN, PERIOD_ENDS_AFTER_IT_STARTS,
            CAPACITY_IS_POSITIVE, HOST_TEAM_IS_CHOSEN, CADENCE_IS_CHOSEN, MILESTONES_LIE_WITHIN_PERIOD,
            MILESTONES_COME_IN_ORDER, DESCRIPTION_FITS));

    private CohortRules() {
    }

    /** Every rule the input breaks, in form order; empty when it may be saved. */
    public static List<Violation> check(CohortDraft draft) {
        return ALL.check(draft);
    }

    private static void checkWithin(List<Violation> found, String field, LocalDate date, LocalDate start, LocalDate end) {
        if (date != null && (date.isBefore(start) || date.isAfter(end))) {
            found.add(of(field, CohortProblem.MILESTONE_OUTSIDE_PERIOD, start, end));
        }
    }

    private static boolean isBefore(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }
}
