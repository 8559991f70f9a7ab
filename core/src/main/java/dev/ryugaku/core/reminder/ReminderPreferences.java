package dev.ryugaku.core.reminder;

import java.util.List;

/**
 * The reminders a person receives and may turn off, for their settings page.
 *
 * @param version  of the settings, for the concurrent-edit check; {@link #NEVER_SAVED} before the first save
 * @param email    where the mails go
 * @param kinds    the kinds relevant to the person's roles, each on or off
 */
public record ReminderPreferences(long version, String email, List<Preference> kinds) {

    public static final long NEVER_SAVED = -1;

    public record Preference(ReminderKind kind, boolean enabled) {
    }
}
