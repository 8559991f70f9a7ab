package dev.ryugaku.core.security;

import dev.ryugaku.core.shared.MessageKeyed;

/** What a person does in the program. A person may hold several roles. */
public enum Role implements MessageKeyed {
    PROGRAM_OWNER,
    MENTOR,
    PARTICIPANT;

    /** The names used by {@code @RolesAllowed} on views. */
    public static final String OWNER_NAME = "PROGRAM_OWNER";
    public static final String MENTOR_NAME = "MENTOR";
    public static final String PARTICIPANT_NAME = "PARTICIPANT";

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
