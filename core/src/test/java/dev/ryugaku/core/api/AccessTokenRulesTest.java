package dev.ryugaku.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static AccessTokenDraft draft(String name, LocalDate lastDay) {
        AccessTokenDraft draft = new AccessTokenDraft();
        draft.setName(name);
        draft.setExpiresOn(lastDay);
        return draft;
    }

    private static List<String> problems(AccessTokenDraft draft) {
        return AccessTokenRules.check(draft, TODAY).stream()
                .map(v -> v.field() + ":" + ((AccessTokenProblem) v.reason()).name()).toList();
    }

    @Test
    void aNamedTokenUpToAYearBreaksNoRule() {
        assertThat(problems(draft("HR sync", TODAY.plusDays(1)))).isEmpty();
        assertThat(problems(draft("HR sync", TODAY.plusYears(1)))).isEmpty();
        assertThat(problems(draft("x".repeat(AccessTokenRules.NAME_MAX_LENGTH), TODAY.plusDays(90)))).isEmpty();
    }

    @Test
    void aTokenNeedsANameThatFits() {
        assertThat(AccessTokenRules.NAME_IS_GIVEN.check(draft("  ", null))).extracting(v -> v.reason())
                .containsExactly(AccessTokenProblem.NAME_REQUIRED);
        assertThat(problems(draft(null, TODAY.plusDays(1)))).containsExactly("name:NAME_REQUIRED");
        assertThat(problems(draft("x".repeat(AccessTokenRules.NAME_MAX_LENGTH + 1), TODAY.plusDays(1))))
                .containsExactly("name:NAME_TOO_LONG");
    }

    @Test
    void aTokenWorksFromTomorrowToAYearFromToday() {
        assertThat(problems(draft("a", null))).containsExactly("expiresOn:EXPIRY_REQUIRED");
        assertThat(problems(draft("a", TODAY))).containsExactly("expiresOn:EXPIRY_NOT_IN_FUTURE");
        assertThat(problems(draft("a", TODAY.minusDays(3)))).containsExactly("expiresOn:EXPIRY_NOT_IN_FUTURE");
        assertThat(problems(draft("a", TODAY.plusYears(1).plusDays(1)))).containsExactly("expiresOn:EXPIRY_TOO_FAR");
        assertThat(AccessTokenRules.expiresWithinAYear(TODAY).check(draft("a", TODAY.plusYears(1).plusDays(1))).getFirst()
                .arguments()).containsExactly(LocalDate.of(2027, 12, 3));
    }
}
