package dev.ryugaku.core.skill;

import java.util.Locale;

/** Catalogue texts are kept in both languages; the reader's language picks one, Japanese first. */
public final class Bilingual {

    private Bilingual() {
    }

    /** The Japanese text for a Japanese reader, the English one for everyone else. */
    public static String pick(Locale locale, String japanese, String english) {
        return locale != null && !"ja".equals(locale.getLanguage()) ? english : japanese;
    }
}
