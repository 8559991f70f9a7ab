package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.shared.MessageKeyed;

/** The mentor's judgment at the end of a rotation: can the graduate go on call? */
public enum OnCallReadiness implements MessageKeyed {
    NOT_YET,
    WITH_SUPPORT,
    READY;

    @Override
    public String messageKey() {
        return "evaluation.readiness." + name();
    }
}
