package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

public enum TeamProblem implements MessageKeyed {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    NAME_CONTROL_CHARACTERS,
    NAME_TAKEN,
    KIND_REQUIRED,
    HOSTS_COHORTS;

    @Override
    public String messageKey() {
        return "team.problem." + name();
    }
}
