package dev.ryugaku.core.reminder;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why a Slack connection was not saved. */
public enum SlackProblem implements MessageKeyed {
    TOKEN_FORMAT,
    WEBHOOK_FORMAT,
    NO_SEALING_KEY;

    @Override
    public String messageKey() {
        return "slack.problem." + name();
    }
}
