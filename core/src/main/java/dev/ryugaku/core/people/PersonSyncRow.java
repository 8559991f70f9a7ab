package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * One person as an HR system sends them: the e-mail address is the key; the home team is named.
 * Language and time zone default to Japanese and Asia/Tokyo.
 */
public record PersonSyncRow(String email, String displayName, Locale locale, ZoneId zone, Set<Role> roles,
                            String homeTeam) {
}
