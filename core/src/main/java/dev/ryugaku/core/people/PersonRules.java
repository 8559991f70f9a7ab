package dev.ryugaku.core.people;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.PlainText;
import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a person input follows on its own; e-mail uniqueness and teams are checked by the service. */
public final class PersonRules {

    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final Set<String> LANGUAGES = Set.of("ja", "en");
    /** Deliberately simple: one @, something on each side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PersonRules() {
    }

    public static List<Violation> check(PersonDraft draft) {
        List<Violation> found = new ArrayList<>();
        String name = draft.getDisplayName() == null ? "" : draft.getDisplayName().strip();
        if (name.isEmpty()) {
            found.add(of("displayName", PersonProblem.DISPLAY_NAME_REQUIRED));
        } else if (name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX_LENGTH) {
            found.add(of("displayName", PersonProblem.DISPLAY_NAME_TOO_LONG, DISPLAY_NAME_MAX_LENGTH));
        } else if (PlainText.hasControlCharacters(name)) {
            found.add(of("displayName", PersonProblem.DISPLAY_NAME_CONTROL_CHARACTERS));
        }
        found.addAll(checkEmail(draft.getEmail()));
        if (draft.getLocale() == null || !LANGUAGES.contains(draft.getLocale().getLanguage())) {
            found.add(of("locale", PersonProblem.LOCALE_UNSUPPORTED));
        }
        if (draft.getZone() == null) {
            found.add(of("zone", PersonProblem.ZONE_REQUIRED));
        }
        if (draft.getRoles().isEmpty()) {
            found.add(of("roles", PersonProblem.ROLES_REQUIRED));
        }
        return found;
    }

    static List<Violation> checkEmail(String email) {
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            return List.of(of("email", PersonProblem.EMAIL_REQUIRED));
        }
        if (value.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(value).matches()) {
            return List.of(of("email", PersonProblem.EMAIL_INVALID));
        }
        return List.of();
    }
}
