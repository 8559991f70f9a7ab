package dev.ryugaku.core.cohort;

import dev.ryugaku.core.shared.MessageKeyed;

/** Every way a cohort input can be wrong; each has a message in both bundles. */
public enum CohortProblem implements MessageKeyed {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    NAME_TAKEN,
    START_REQUIRED,
    END_REQUIRED,
    END_NOT_AFTER_START,
    CAPACITY_REQUIRED,
    CAPACITY_TOO_SMALL,
    CAPACITY_TOO_LARGE,
    CAPACITY_BELOW_ENROLLED,
    HOST_TEAM_REQUIRED,
    HOST_TEAM_NOT_SRE,
    CADENCE_REQUIRED,
    MILESTONE_OUTSIDE_PERIOD,
    MILESTONES_OUT_OF_ORDER,
    DESCRIPTION_TOO_LONG,
    NOT_CHANGEABLE,
    ENROLLMENT_OUTSIDE_PERIOD,
    ENROLLMENT_WOULD_OVERLAP;

    @Override
    public String messageKey() {
        return "cohort.problem." + name();
    }
}
