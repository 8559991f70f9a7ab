package dev.ryugaku.core.people;

import dev.ryugaku.core.security.CommonPasswords;
import dev.ryugaku.core.security.PasswordPolicy;
import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a new password must be, wherever it is chosen (setup link, 設定, bootstrap owner): long
 * enough, not on the list of common passwords, and not built from the person's login name or
 * e-mail address (parts shorter than {@value #SHORTEST_NAME_PART} characters are not looked for).
 */
public final class PasswordRules {

    static final int SHORTEST_NAME_PART = 3;

    private PasswordRules() {
    }

    /** The problems of a new password for this login name and e-mail address, by field. */
    public static List<Violation> check(String password, String confirmation, String loginName, String email) {
        List<Violation> problems = new ArrayList<>(checkPassword(password, loginName, email));
        if (password != null && !password.equals(confirmation)) {
            problems.add(Violation.of("confirmation", PasswordProblem.CONFIRMATION_DIFFERS));
        }
        return problems;
    }

    /** The problems of the password itself; the field is {@code password}. */
    public static List<Violation> checkPassword(String password, String loginName, String email) {
        if (!PasswordPolicy.isAcceptable(password)) {
            return List.of(Violation.of("password", PasswordProblem.TOO_SHORT, PasswordPolicy.MINIMUM_LENGTH));
        }
        if (password.codePointCount(0, password.length()) > PasswordPolicy.MAXIMUM_LENGTH) {
            return List.of(Violation.of("password", PasswordProblem.TOO_LONG, PasswordPolicy.MAXIMUM_LENGTH));
        }
        if (CommonPasswords.contains(password)) {
            return List.of(Violation.of("password", PasswordProblem.COMMON));
        }
        if (containsName(password, loginName, email)) {
            return List.of(Violation.of("password", PasswordProblem.CONTAINS_NAME));
        }
        return List.of();
    }

    private static boolean containsName(String password, String loginName, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        return Stream.of(loginName, email, localPart(loginName), localPart(email))
                .filter(Objects::nonNull)
                .map(part -> part.strip().toLowerCase(Locale.ROOT))
                .filter(part -> part.length() >= SHORTEST_NAME_PART)
                .anyMatch(lower::contains);
    }

    private static String localPart(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        return at > 0 ? address.substring(0, at) : null;
    }
}
