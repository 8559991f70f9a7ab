package dev.ryugaku.core.enrollment;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private EnrollmentRules() {
    }

    /** Required fields and mentor choices. */
    public static List<Violation> checkChoices(EnrollmentDraft draft) {
        List<Violation> found = new ArrayList<>();
        if (draft.getPersonId() == null) {
            found.add(of("personId", EnrollmentProblem.PERSON_REQUIRED));
        }
        if (draft.getCohortId() == null) {
            found.add(of("cohortId", EnrollmentProblem.COHORT_REQUIRED));
        }
        if (draft.getPrimaryMentorId() == null) {
            found.add(of("primaryMentorId", EnrollmentProblem.PRIMARY_MENTOR_REQUIRED));
        } else if (Objects.equals(draft.getPrimaryMentorId(), draft.getPersonId())) {
            found.add(of("primaryMentorId", EnrollmentProblem.MENTOR_IS_PARTICIPANT));
        }
        if (draft.getSecondaryMentorId() != null) {
            if (Objects.equals(draft.getSecondaryMentorId(), draft.getPersonId())) {
                found.add(of("secondaryMentorId", EnrollmentProblem.MENTOR_IS_PARTICIPANT));
            } else if (Objects.equals(draft.getSecondaryMentorId(), draft.getPrimaryMentorId())) {
                found.add(of("secondaryMentorId", EnrollmentProblem.MENTORS_THE_SAME));
            }
        }
        if (draft.getLearningGoals() != null && draft.getLearningGoals().length() > LEARNING_GOALS_MAX_LENGTH) {
            found.add(of("learningGoals", EnrollmentProblem.LEARNING_GOALS_TOO_LONG, LEARNING_GOALS_MAX_LENGTH));
        }
        return found;
    }

    /**
     * Date overrides stay sensible: not before the cohort starts, ending after they start, and at
     * most {@value #MAX_EXTENSION_MONTHS} months past the cohort's end.
     */
    public static List<Violation> checkDates(EnrollmentDraft draft, LocalDate cohortStart, LocalDate cohortEnd) {
        List<Violation> found = new ArrayList<>();
        LocalDate start = draft.getStartDate() != null ? draft.getStartDate() : cohortStart;
        LocalDate end = draft.getEndDate() != null ? draft.getEndDate() : cohortEnd;
        if (draft.getStartDate() != null) {
            if (start.isBefore(cohortStart)) {
                found.add(of("startDate", EnrollmentProblem.START_BEFORE_COHORT, cohortStart));
            } else if (start.isAfter(cohortEnd)) {
                found.add(of("startDate", EnrollmentProblem.START_AFTER_COHORT_END, cohortEnd));
            }
        }
        LocalDate latestEnd = cohortEnd.plusMonths(MAX_EXTENSION_MONTHS);
        if (!end.isAfter(start)) {
            found.add(of("endDate", EnrollmentProblem.END_NOT_AFTER_START));
        } else if (end.isAfter(latestEnd)) {
            found.add(of("endDate", EnrollmentProblem.END_TOO_LATE, latestEnd));
        }
        return found;
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
