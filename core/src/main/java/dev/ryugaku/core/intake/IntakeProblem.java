package dev.ryugaku.core.intake;

import dev.ryugaku.core.shared.MessageKeyed;

/** Every way an intake input or step can be refused. */
public enum IntakeProblem implements MessageKeyed {
    DATES_REQUIRED,
    CLOSES_BEFORE_OPENS,
    CLOSES_AFTER_COHORT_START,
    COHORT_NOT_PLANNED,
    ROUND_EXISTS,
    ROUND_NOT_OPEN,
    ALREADY_APPLIED,
    TEXT_TOO_LONG,
    MOTIVATION_REQUIRED,
    STEP_NOT_ALLOWED,
    REASON_REQUIRED,
    CAPACITY_REACHED,
    NOT_IN_YOUR_TEAM,
    ALREADY_ENROLLED,
    ROUND_STILL_OPEN;

    @Override
    public String messageKey() {
        return "intake.problem." + name();
    }
}
