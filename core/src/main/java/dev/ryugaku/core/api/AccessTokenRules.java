package dev.ryugaku.core.api;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;

/** The rules a new token must follow: a name, and a last day from tomorrow to one year from today. */
public final class AccessTokenRules {

    public static final int NAME_MAX_LENGTH = 100;

    static final Rule<AccessTokenDraft> NAME_IS_GIVEN = draft -> {
        String name = draft.getName() == null ? "" : draft.getName().strip();
        if (name.isEmpty()) {
            return List.of(of("name", AccessTokenProblem.NAME_REQUIRED));
        }
        return name.length() > NAME_MAX_LENGTH ? List.of(of("name", AccessTokenProblem.NAME_TOO_LONG, NAME_MAX_LENGTH))
                : List.of();
    };

    private AccessTokenRules() {
    }

    /** A token lives at most a year: its last day is after today and no later than a year from today. */
    static Rule<AccessTokenDraft> expiresWithinAYear(LocalDate today) {
        return draft -> {
            LocalDate last = draft.getExpiresOn();
            if (last == null) {
                return List.of(of("expiresOn", AccessTokenProblem.EXPIRY_REQUIRED));
            }
            if (!last.isAfter(today)) {
                return List.of(of("expiresOn", AccessTokenProblem.EXPIRY_NOT_IN_FUTURE));
            }
            return last.isAfter(latestExpiry(today)) ? List.of(of("expiresOn", AccessTokenProblem.EXPIRY_TOO_FAR, latestExpiry(today)))
                    : List.of();
        };
    }

    /** The last day a token created today may have. */
    public static LocalDate latestExpiry(LocalDate today) {
        return today.plusYears(1);
    }

    /** Every rule the input breaks, in form order; empty when it may be saved. */
    public static List<Violation> check(AccessTokenDraft draft, LocalDate today) {
        return Rule.all(List.of(NAME_IS_GIVEN, expiresWithinAYear(today))).check(draft);
    }
}
