package dev.ryugaku.core.task;

import dev.ryugaku.core.shared.MessageKeyed;

public enum TaskRisk implements MessageKeyed {
    LOW,
    MEDIUM,
    HIGH;

    @Override
    public String messageKey() {
        return "task.risk." + name();
    }
}
