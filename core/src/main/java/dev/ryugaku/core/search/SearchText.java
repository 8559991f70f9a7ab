package dev.ryugaku.core.search;

import java.util.Optional;

/**
 * What a person typed into the search, made safe for a LIKE: trimmed, at most {@value #MAX_LENGTH}
 * characters, and {@code %}, {@code _} and the escape character {@code !} matched as themselves.
 */
public record SearchText(String text) {

    public static final int MAX_LENGTH = 100;
    public static final char ESCAPE = '!';

    /** The text to search for, or nothing when only blanks were typed. */
    public static Optional<SearchText> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        return Optional.of(new SearchText(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed));
    }

    /** "contains", e.g. {@code 50%_off} becomes {@code %50!%!_off%}. */
    public String pattern() {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
