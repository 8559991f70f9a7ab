package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

public enum PasswordProblem implements MessageKeyed {
    TOO_SHORT,
    TOO_LONG,
    CONFIRMATION_DIFFERS,
    LINK_INVALID;

    @Override
    public String messageKey() {
        return "password.problem." + name();
    }
}
