package dev.ryugaku.web.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Picks the UI language: the user's own choice for this session if they made one, otherwise the
 * first of the browser's preferred languages that we speak, otherwise English.
 */
public final class LanguagePreference {

    /** Session attribute holding the language chosen in the user menu. */
    public static final String SESSION_CHOICE = LanguagePreference.class.getName() + ".choice";

    private LanguagePreference() {
    }

    public static Locale choose(Locale sessionChoice, Enumeration<Locale> browserPreference) {
        if (sessionChoice != null) {
            return Translations.supported(sessionChoice);
        }
        List<Locale> preferred = browserPreference == null ? List.of() : Collections.list(browserPreference);
        return preferred.stream()
                .filter(locale -> Translations.SUPPORTED.stream()
                        .anyMatch(supported -> supported.getLanguage().equals(locale.getLanguage())))
                .findFirst()
                .map(Translations::supported)
                .orElse(Translations.ENGLISH);
    }
}
