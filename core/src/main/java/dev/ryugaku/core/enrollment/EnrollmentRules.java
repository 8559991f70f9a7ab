package dev.ryugaku.core.enrollment;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules an enrollment input follows given its cohort's period; rules that need other records
 * (roles, capacity, overlaps) are checked by {@link EnrollmentService}.
 */
public final class EnrollmentRules {

    public static final int LEARNING_GOALS_MAX_LENGTH = 2000;
    public static final int WITHDRAWAL_REASON_MAX_LENGTH = 1000;
    /** An extension may run at most this long past the cohort's end. */
    public static final int MAX_EXTENSION_MONTHS = 3;

    static final Rule<EnrollmentDraft> PERSON_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getPersonId() == null,
            "personId", EnrollmentProblem.PERSON_REQUIRED);

    static final Rule<EnrollmentDraft> COHORT_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getCohortId() == null,
            "cohortId", EnrollmentProblem.COHORT_REQUIRED);

    /** A primary mentor is chosen, and it is not the participant. */
    static final Rule<EnrollmentDraft> PRIMARY_MENTOR_IS_SOMEONE_ELSE = draft -> {
        if (draft.getPrimaryMentorId() == null) {
            return List.of(of("primaryMentorId", EnrollmentProblem.PRIMARY_MENTOR_REQUIRED));
        }
        if (Objects.equals(draft.getPrimaryMentorId(), draft.getPersonId())) {
            return List.of(of("primaryMentorId", EnrollmentProblem.MENTOR_IS_PARTICIPANT));
        }
        return List.of();
    };

    /** A secondary mentor is optional; if chosen, it is neither the participant nor the primary mentor. */
    static final Rule<EnrollmentDraft> SECONDARY_MENTOR_IS_A_THIRD_PERSON = draft -> {
        Long secondary = draft.getSecondaryMentorId();
        if (secondary != null && Objects.equals(secondary, draft.getPersonId())) {
            return List.of(of("secondaryMentorId", EnrollmentProblem.MENTOR_IS_PARTICIPANT));
        }
        if (secondary != null && Objects.equals(secondary, draft.getPrimaryMentorId())) {
            return List.of(of("secondaryMentorId", EnrollmentProblem.MENTORS_THE_SAME));
        }
        return List.of();
    };

    static final Rule<EnrollmentDraft> LEARNING_GOALS_FIT = Rule.fits("learningGoals", EnrollmentDraft::getLearningGoals,
            LEARNING_GOALS_MAX_LENGTH, EnrollmentProblem.LEARNING_GOALS_TOO_LONG);

    private static final Rule<EnrollmentDraft> CHOICES = Rule.all(List.of(PERSON_IS_CHOSEN, COHORT_IS_CHOSEN,
            PRIMARY_MENTOR_IS_SOMEONE_ELSE, SECONDARY_MENTOR_IS_A_THIRD_PERSON, LEARNING_GOALS_FIT));

    private EnrollmentRules() {
    }

    /** Required fields and mentor choices. */
    public static List<Violation> checkChoices(EnrollmentDraft draft) {
        return CHOICES.check(draft);
    }

    /**
     * Date overrides stay sensible: not before the cohort starts, ending after they start, and at
     * most {@value #MAX_EXTENSION_MONTHS} months past the cohort's end.
     */
    public static List<Violation> checkDates(EnrollmentDraft draft, LocalDate cohortStart, LocalDate cohortEnd) {
        return Rule.all(List.of(startFallsInTheCohort(cohortStart, cohortEnd), endFollowsStartWithinExtension(cohortStart,
                cohortEnd))).check(draft);
    }

    /** A start override lies within the cohort's period; without one the rotation starts with the cohort. */
    static Rule<EnrollmentDraft> startFallsInTheCohort(LocalDate cohortStart, LocalDate cohortEnd) {
        return draft -> {
            LocalDate start = draft.getStartDate();
            if (start != null && start.isBefore(cohortStart)) {
                return List.of(of("startDate", EnrollmentProblem.START_BEFORE_COHORT, cohortStart));
            }
            if (start != null && start.isAfter(cohortEnd)) {
                return List.of(of("startDate", EnrollmentProblem.START_AFTER_COHORT_END, cohortEnd));
            }
            return List.of();
        };
    }

    /** The rotation ends after it starts, at most {@value #MAX_EXTENSION_MONTHS} months past the cohort's end. */
    static Rule<EnrollmentDraft> endFollowsStartWithinExtension(LocalDate cohortStart, LocalDate cohortEnd) {
        return draft -> {
            LocalDate start = draft.getStartDate() != null ? draft.getStartDate() : cohortStart;
            LocalDate end = draft.getEndDate() != null ? draft.getEndDate() : cohortEnd;
            LocalDate latestEnd = cohortEnd.plusMonths(MAX_EXTENSION_MONTHS);
            if (!end.isAfter(start)) {
                return List.of(of("endDate", EnrollmentProblem.END_NOT_AFTER_START));
            }
            if (end.isAfter(latestEnd)) {
                return List.of(of("endDate", EnrollmentProblem.END_TOO_LATE, latestEnd));
            }
            return List.of();
        };
    }

    public static List<Violation> checkWithdrawalReason(String reason) {
        String value = reason == null ? "" : reason.strip();
        if (value.isEmpty()) {
            return List.of(of("reason", EnrollmentProblem.WITHDRAWAL_REASON_REQUIRED));
        }
        if (value.length() > WITHDRAWAL_REASON_MAX_LENGTH) {
            return List.of(of("reason", EnrollmentProblem.WITHDRAWAL_REASON_TOO_LONG, WITHDRAWAL_REASON_MAX_LENGTH));
        }
        return List.of();
    }

    /** Two periods overlap when each starts no later than the other ends. */
    public static boolean overlap(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
    }
}
