package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.shared.MessageKeyed;

/** Every way an enrollment input or status change can be refused. */
public enum EnrollmentProblem implements MessageKeyed {
    PERSON_REQUIRED,
    PERSON_NOT_PARTICIPANT,
    PERSON_INACTIVE,
    COHORT_REQUIRED,
    COHORT_CLOSED,
    COHORT_FULL,
    OVERLAPPING_ENROLLMENT,
    ALREADY_IN_COHORT,
    PRIMARY_MENTOR_REQUIRED,
    MENTOR_NOT_A_MENTOR,
    MENTOR_IS_PARTICIPANT,
    MENTORS_THE_SAME,
    LEARNING_GOALS_TOO_LONG,
    START_BEFORE_COHORT,
    START_AFTER_COHORT_END,
    END_NOT_AFTER_START,
    END_TOO_LATE,
    STATUS_CHANGE_NOT_ALLOWED,
    WITHDRAWAL_REASON_REQUIRED,
    WITHDRAWAL_REASON_TOO_LONG;

    @Override
    public String messageKey() {
        return "enrollment.problem." + name();
    }
}
