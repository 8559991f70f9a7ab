package dev.ryugaku.core.worklog;

import dev.ryugaku.core.shared.MessageKeyed;

/** The incident ladder: from watching incidents to leading them. */
public enum IncidentRole implements MessageKeyed {
    OBSERVER,
    SHADOW,
    RESPONDER,
    COMMANDER;

    @Override
    public String messageKey() {
        return "worklog.role." + name();
    }
}
