package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

/** Every way a person input can be wrong. */
public enum PersonProblem implements MessageKeyed {
    DISPLAY_NAME_REQUIRED,
    DISPLAY_NAME_TOO_LONG,
    DISPLAY_NAME_CONTROL_CHARACTERS,
    EMAIL_REQUIRED,
    EMAIL_INVALID,
    EMAIL_TAKEN,
    EMAIL_TWICE_IN_FILE,
    LOCALE_UNSUPPORTED,
    ZONE_REQUIRED,
    ROLES_REQUIRED,
    ROLE_UNKNOWN,
    TEAM_UNKNOWN,
    CANNOT_DEACTIVATE_SELF,
    CANNOT_REMOVE_OWN_OWNER_ROLE;

    @Override
    public String messageKey() {
        return "person.problem." + name();
    }
}
