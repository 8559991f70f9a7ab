package dev.ryugaku.core.task;

import dev.ryugaku.core.shared.MessageKeyed;

/** A pre-mortem is written, submitted for review, then approved or sent back to be improved. */
public enum PreMortemStatus implements MessageKeyed {
    DRAFT,
    SUBMITTED,
    APPROVED,
    SENT_BACK;

    @Override
    public String messageKey() {
        return "premortem.status." + name();
    }
}
