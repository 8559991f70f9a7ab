package dev.ryugaku.core.inbox;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why an inbox request was refused. */
public enum InboxProblem implements MessageKeyed {
    UNKNOWN_ITEM;

    @Override
    public String messageKey() {
        return "inbox.problem." + name();
    }
}
