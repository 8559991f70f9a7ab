package dev.ryugaku.web.security;

import dev.ryugaku.web.i18n.Translations;
import java.util.Locale;

/** The language of the API's messages: the caller's {@code Accept-Language}, Japanese — the program's first language — without one. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    /**
     * @param acceptLanguage the request's header, null when absent
     * @param requested      the locale the container derived from it
     */
    public static Locale of(String acceptLanguage, Locale requested) {
        return acceptLanguage == null || acceptLanguage.isBlank() ? Translations.JAPANESE : Translations.supported(requested);
    }
}
