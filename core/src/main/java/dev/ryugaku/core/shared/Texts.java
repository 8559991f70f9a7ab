package dev.ryugaku.core.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation shared by the rules. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but white space was given. */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * The key under which two names count as the same: NFKC folds full-width and half-width
     * forms (「第２期」 and 「第2期」), lower case folds Latin case. Kana and emoji stay distinct,
     * unlike the database's {@code _ci} collations.
     */
    public static String sameNameKey(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
