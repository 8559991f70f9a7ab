package dev.ryugaku.core.reminder;

import java.time.ZoneId;
import java.util.Locale;

/** Whom a mail goes to, in which language, with times in which zone. */
public record Recipient(long personId, String email, String displayName, Locale locale, ZoneId zone, boolean active) {
}
