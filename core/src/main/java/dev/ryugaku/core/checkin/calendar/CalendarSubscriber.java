package dev.ryugaku.core.checkin.calendar;

import java.time.ZoneId;
import java.util.Locale;

/** The owner of a calendar feed, as the feed needs them: their language and zone. */
public record CalendarSubscriber(long personId, String locale, String timeZone) {

    public Locale language() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
