package dev.ryugaku.core.people;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.PlainText;
import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
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

    /** Given, within its length, and free of control characters (which would break lists and exports). */
    static final Rule<PersonDraft> DISPLAY_NAME_IS_GIVEN = draft -> {
        String name = draft.getDisplayName() == null ? "" : draft.getDisplayName().strip();
        if (name.isEmpty()) {
            return List.of(of("displayName", PersonProblem.DISPLAY_NAME_REQUIRED));
        }
        if (name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX_LENGTH) {
            return List.of(of("displayName", PersonProblem.DISPLAY_NAME_TOO_LONG, DISPLAY_NAME_MAX_LENGTH));
        }
        if (PlainText.hasControlCharacters(name)) {
            return List.of(of("displayName", PersonProblem.DISPLAY_NAME_CONTROL_CHARACTERS));
        }
        return List.of();
    };

    static final Rule<PersonDraft> EMAIL_IS_VALID = draft -> checkEmail(draft.getEmail());

    static final Rule<PersonDraft> LANGUAGE_IS_SUPPORTED = Rule.refuseWhen(
            draft -> draft.getLocale() == null || !LANGUAGES.contains(draft.getLocale().getLanguage()),
            "locale", PersonProblem.LOCALE_UNSUPPORTED);

    static final Rule<PersonDraft> ZONE_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getZone() == null,
            "zone", PersonProblem.ZONE_REQUIRED);

    static final Rule<PersonDraft> ROLES_ARE_GIVEN = Rule.refuseWhen(draft -> draft.getRoles().isEmpty(),
            "roles", PersonProblem.ROLES_REQUIRED);

    private static final Rule<PersonDraft> ALL = Rule.all(List.of(DISPLAY_NAME_IS_GIVEN, EMAIL_IS_VALID,
            LANGUAGE_IS_SUPPORTED, ZONE_IS_CHOSEN, ROLES_ARE_GIVEN));

    private PersonRules() {
    }

    /** Every rule the person input breaks, in form order; empty when it may be saved. */
    public static List<Violation> check(PersonDraft draft) {
        return ALL.check(draft);
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
