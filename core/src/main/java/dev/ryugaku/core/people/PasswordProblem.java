package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

public enum PasswordProblem implements MessageKeyed {
    TOO_SHORT,
    TOO_LONG,
    /** On the list of common (breached) passwords. */
    COMMON,
    /** Contains the login name or the e-mail address (or its part before the @). */
    CONTAINS_NAME,
    CONFIRMATION_DIFFERS,
    /** The current password, asked for before a change, is wrong. */
    CURRENT_WRONG,
    LINK_INVALID;

    @Override
    public String messageKey() {
        return "password.problem." + name();
    }
}
