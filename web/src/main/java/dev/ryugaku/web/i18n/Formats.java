package dev.ryugaku.web.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as the user's language writes them: 2026/10/01 in Japanese, Oct 1, 2026 in English. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Translations.supported(locale)).format(date);
    }

    /** A moment as the user's clock shows it: date, weekday and time in their zone. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        Locale language = Translations.supported(locale);
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate(), language) + " (" + local.getDayOfWeek().getDisplayName(TextStyle.SHORT, language)
                + ") " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local);
    }

    public static String period(LocalDate start, LocalDate end, Locale locale) {
        return date(start, locale) + " – " + date(end, locale);
    }
}
