package dev.ryugaku.core.checkin.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** What a calendar feed shows: the owner's check-ins, to be written in the owner's language and zone. */
public record SubscribedCalendar(Locale language, ZoneId zone, List<CalendarEntry> entries) {
}
