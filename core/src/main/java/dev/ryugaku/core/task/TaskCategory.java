package dev.ryugaku.core.task;

import dev.ryugaku.core.shared.MessageKeyed;

public enum TaskCategory implements MessageKeyed {
    MONITORING,
    WORKFLOW,
    RESOURCE_CLEANUP,
    COST,
    TOIL_AUTOMATION,
    RELIABILITY,
    SECURITY,
    INCIDENT_FOLLOW_UP,
    DOCUMENTATION,
    HOME_TEAM_PROJECT;

    @Override
    public String messageKey() {
        return "task.category." + name();
    }
}
