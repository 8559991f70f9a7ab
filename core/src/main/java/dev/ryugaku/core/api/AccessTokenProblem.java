package dev.ryugaku.core.api;

import dev.ryugaku.core.shared.MessageKeyed;

/** Every way a token input can be wrong; each has a message in both bundles. */
public enum AccessTokenProblem implements MessageKeyed {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    EXPIRY_REQUIRED,
    EXPIRY_NOT_IN_FUTURE,
    EXPIRY_TOO_FAR;

    @Override
    public String messageKey() {
        return "accessToken.problem." + name();
    }
}
