package dev.ryugaku.core.task;

import dev.ryugaku.core.shared.MessageKeyed;

/** Every way a task input, transition or pre-mortem can be refused. */
public enum TaskProblem implements MessageKeyed {
    TITLE_REQUIRED,
    TITLE_TOO_LONG,
    DESCRIPTION_TOO_LONG,
    CATEGORY_REQUIRED,
    PRIORITY_REQUIRED,
    RISK_REQUIRED,
    LINK_INVALID,
    OUTCOME_TOO_LONG,
    IMPACT_NEGATIVE,
    ASSIGNEE_NOT_MENTEE,
    ASSIGNEE_NOT_ACTIVE,
    REVIEWER_NOT_A_MENTOR,
    ASSIGNEE_CANNOT_CHANGE,
    NO_CURRENT_ENROLLMENT,
    TRANSITION_NOT_ALLOWED,
    PREMORTEM_REQUIRED,
    OUTCOME_REQUIRED,
    COMMENT_REQUIRED,
    COMMENT_TOO_LONG,
    NOT_A_BROKEN_WINDOW,
    PREMORTEM_FIELD_REQUIRED,
    PREMORTEM_FIELD_TOO_LONG,
    PREMORTEM_NOT_SUBMITTED,
    PREMORTEM_LOCKED;

    @Override
    public String messageKey() {
        return "task.problem." + name();
    }
}
