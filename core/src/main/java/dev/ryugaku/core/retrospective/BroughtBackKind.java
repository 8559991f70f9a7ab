package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.shared.MessageKeyed;

/** What a graduate brought back to their home team. */
public enum BroughtBackKind implements MessageKeyed {
    RUNBOOK,
    SLO,
    ALERT,
    AUTOMATION,
    OTHER;

    @Override
    public String messageKey() {
        return "followUp.kind." + name();
    }
}
