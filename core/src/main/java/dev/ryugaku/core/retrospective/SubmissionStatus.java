package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.shared.MessageKeyed;

/** A retrospective, final evaluation or follow-up is saved as a draft until its author submits it. */
public enum SubmissionStatus implements MessageKeyed {
    DRAFT,
    SUBMITTED;

    @Override
    public String messageKey() {
        return "retrospective.status." + name();
    }
}
