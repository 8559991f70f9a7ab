package dev.ryugaku.web.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    public static String period(LocalDate start, LocalDate end, Locale locale) {
        return date(start, locale) + " – " + date(end, locale);
    }
}
