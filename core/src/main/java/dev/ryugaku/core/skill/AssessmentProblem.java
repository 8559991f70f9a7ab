package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why an assessment was not saved. */
public enum AssessmentProblem implements MessageKeyed {
    LEVEL_REQUIRED,
    LEVEL_OUT_OF_RANGE,
    COMMENT_TOO_LONG,
    SKILL_NOT_RATED_NOW,
    PHASE_NOT_OPEN_YET,
    PHASE_CLOSED,
    ALREADY_SUBMITTED,
    ROTATION_WITHDRAWN;

    @Override
    public String messageKey() {
        return "skill.assessment.problem." + name();
    }
}
