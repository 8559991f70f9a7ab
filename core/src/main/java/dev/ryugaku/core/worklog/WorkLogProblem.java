package dev.ryugaku.core.worklog;

import dev.ryugaku.core.shared.MessageKeyed;

public enum WorkLogProblem implements MessageKeyed {
    DATE_REQUIRED,
    DATE_IN_FUTURE,
    DATE_OUTSIDE_ROTATION,
    MINUTES_OUT_OF_RANGE,
    DAY_OVER_24_HOURS,
    CATEGORY_REQUIRED,
    INCIDENT_ROLE_REQUIRED,
    INCIDENT_ROLE_NOT_FOR_CATEGORY,
    NOTE_TOO_LONG,
    TASK_NOT_OURS,
    WEEK_REVIEWED,
    CELL_BELOW_DETAILED,
    COMMENT_TOO_LONG,
    INCIDENT_NEEDS_ENTRY,
    CELL_OUTSIDE_WEEK,
    WEEK_NOT_OVER,
    WEEK_EMPTY,
    RANGE_INVALID;

    @Override
    public String messageKey() {
        return "worklog.problem." + name();
    }
}
