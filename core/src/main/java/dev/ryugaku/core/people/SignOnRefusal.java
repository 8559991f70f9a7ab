package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why single sign-on did not let a person in; the sign-in page explains each in the user's language. */
public enum SignOnRefusal implements MessageKeyed {
    /** The provider sent no e-mail address (the "email" scope or claim is missing). */
    NO_EMAIL,
    /** The provider does not vouch for the address ({@code email_verified} is not true). */
    UNVERIFIED_EMAIL,
    /** The address is outside the allowed domains. */
    OTHER_DOMAIN,
    /** Nobody in Ryugaku has this address, and no account may be created for it. */
    UNKNOWN_PERSON,
    /** The person was deactivated. */
    DEACTIVATED;

    @Override
    public String messageKey() {
        return "sso.refused." + name();
    }
}
