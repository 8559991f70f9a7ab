package dev.ryugaku.web.checkin;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.checkin.calendar.CalendarEntry;
import dev.ryugaku.core.checkin.calendar.SubscribedCalendar;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.support.PublicLinks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes a person's check-ins as an iCalendar (RFC 5545) feed with iCal4j: times in the person's
 * zone with its VTIMEZONE (from the definitions bundled in iCal4j, never fetched), texts in the
 * person's language, one event per check-in with a UID that stays the same.
 */
@Component
class CalendarFeedWriter {

    static final String PRODUCT_ID = "-//Ryugaku//Check-in calendar//EN";
    /**
     * iCal4j folds lines after so many characters, RFC 5545 after 75 octets: 24 characters of
     * Japanese (3 octets each) and the leading space of a folded line stay below that.
     */
    private static final int FOLD_LENGTH = 24;

    private final Translations translations;
    private final PublicLinks links;
    private final CheckInProperties checkIns;
    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<ZoneId, Optional<VTimeZone>> definitions = new HashMap<>();

    CalendarFeedWriter(Translations translations, PublicLinks links, CheckInProperties checkIns, Clock clock) {
        this.translations = translations;
        this.links = links;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    String write(SubscribedCalendar feed) {
        Locale language = Translations.supported(feed.language());
        Optional<VTimeZone> definition = definition(feed.zone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // no METHOD: with METHOD:PUBLISH (iTIP) every event would need an ORGANIZER; subscriptions need neither
        calendar.add(new XProperty("X-WR-CALNAME", translations.getTranslation("calendarFeed.name", language)));
        // Outlook's hint how often to fetch the feed again
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        definition.ifPresent(zone -> calendar.add(zone));
        Instant stamp = clock.instant();
        for (CalendarEntry entry : feed.entries()) {
            calendar.add(event(entry, start(entry.scheduledAt(), definition), stamp, language));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, FOLD_LENGTH).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(CalendarEntry entry, Temporal start, Instant stamp, Locale language) {
        String summary = entry.counterpart() == null
                ? translations.getTranslation("calendarFeed.event.summaryAlone", language)
                : translations.getTranslation("calendarFeed.event.summary", language, entry.counterpart());
        String link = links.checkIn(entry.checkInId());
        String description = translations.getTranslation("calendarFeed.event.description", language, entry.cohortName(),
                translations.getTranslation(entry.status().messageKey(), language), link);
        VEvent event = new VEvent(start, checkIns.length(), summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid("checkin-" + entry.checkInId() + "@ryugaku"));
        event.add(new Description(description));
        event.add(new Url(URI.create(link)));
        event.add(entry.status() == CheckInStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /**
     * The local time in the zone of the VTIMEZONE (its TZID may be the canonical name of an alias,
     * e.g. Asia/Kolkata for Asia/Calcutta); in UTC for the few zones without a definition.
     */
    private static Temporal start(Instant at, Optional<VTimeZone> definition) {
        return definition.<Temporal>map(zone -> at.atZone(ZoneId.of(zone.getTimeZoneId().getValue()))).orElse(at);
    }

    /** The VTIMEZONE for a zone, if iCal4j has one whose TZID Java knows too. The registry is not thread-safe. */
    private synchronized Optional<VTimeZone> definition(ZoneId zone) {
        return definitions.computeIfAbsent(zone, id -> {
            TimeZone found = zones.getTimeZone(id.getId());
            if (found == null) {
                return Optional.empty();
            }
            try {
                ZoneId.of(found.getVTimeZone().getTimeZoneId().getValue());
                return Optional.of(found.getVTimeZone());
            } catch (DateTimeException unknownToJava) {
                return Optional.empty();
            }
        });
    }
}
