package dev.ryugaku.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.CommonPasswords;
import dev.ryugaku.core.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static List<String> problems(String password, String confirmation) {
        return PasswordRules.check(password, confirmation, "hanako", "hanako.sato@example.com").stream()
                .map(v -> v.field() + ":" + v.reason()).toList();
    }

    @Test
    void aLongUncommonPasswordThatIsNotTheNameIsAccepted() {
        assertThat(problems("夜明けのコーヒーを三杯飲む", "夜明けのコーヒーを三杯飲む")).isEmpty();
        assertThat(problems("violet kettle drums at noon", "violet kettle drums at noon")).isEmpty();
    }

    @Test
    void tooShortStaysTheFirstRule() {
        assertThat(problems("short", "short")).containsExactly("password:TOO_SHORT");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheCase() {
        assertThat(problems("1qaz2wsx3edc", "1qaz2wsx3edc")).containsExactly("password:COMMON");
        assertThat(problems("QWERTYQWERTY", "QWERTYQWERTY")).containsExactly("password:COMMON");
        assertThat(CommonPasswords.contains("123456")).isTrue();
        assertThat(CommonPasswords.contains("password")).isTrue();
    }

    @Test
    void theListHoldsAtLeastAHundredThousandPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void theLoginNameOrTheAddressOrItsLocalPartIsRefused() {
        assertThat(problems("Hanako-loves-tea", "Hanako-loves-tea")).containsExactly("password:CONTAINS_NAME");
        assertThat(problems("my name is hanako.sato!", "my name is hanako.sato!")).containsExactly("password:CONTAINS_NAME");
        assertThat(PasswordRules.check("ab is a short login", "ab is a short login", "ab", "ab@example.com"))
                .as("names under three characters are not looked for").isEmpty();
    }

    @Test
    void theConfirmationMustMatch() {
        assertThat(problems("violet kettle drums", "violet kettle drum")).containsExactly("confirmation:CONFIRMATION_DIFFERS");
    }

    @Test
    void japanesePasswordsLongerThanBcryptsSeventyTwoBytesAreFine() {
        String thirtyKana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほ";
        assertThat(problems(thirtyKana, thirtyKana)).isEmpty();
        String tooLong = "x".repeat(257);
        List<Violation> found = PasswordRules.checkPassword(tooLong, "hanako", "hanako@example.com");
        assertThat(found).extracting(Violation::reason).containsExactly(PasswordProblem.TOO_LONG);
    }
}
