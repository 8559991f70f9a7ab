package dev.ryugaku.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import dev.ryugaku.core.shared.Violation;

class PersonRulesTest {

    private static PersonDraft mentor() {
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName("高橋 健太");
        draft.setEmail("Takahashi@Example.com");
        draft.setRoles(Set.of(Role.MENTOR));
        return draft;
    }

    @Test
    void aNamedPersonWithAnAddressAndARoleIsValid() {
        assertThat(PersonRules.check(mentor())).isEmpty();
    }

    @Test
    void anAddressNeedsAnAtAndADomain() {
        PersonDraft draft = mentor();
        for (String bad : new String[] {"takahashi", "takahashi@", "@example.com", "a b@example.com", "x@localhost"}) {
            draft.setEmail(bad);
            assertThat(PersonRules.check(draft)).as(bad).extracting(v -> v.reason()).containsExactly(PersonProblem.EMAIL_INVALID);
        }
    }

    @Test
    void everyoneHasAtLeastOneRoleAndASupportedLanguage() {
        PersonDraft draft = mentor();
        draft.setRoles(Set.of());
        draft.setLocale(Locale.FRENCH);
        assertThat(PersonRules.check(draft)).extracting(v -> v.reason())
                .containsExactly(PersonProblem.LOCALE_UNSUPPORTED, PersonProblem.ROLES_REQUIRED);
    }

    @Test
    void aDisplayNameWithALineBreakOrAnotherControlCharacterIsRefused() {
        PersonDraft draft = mentor();
        for (String bad : new String[] {"高橋\n健太", "高橋\r健太", "高橋\t健太", "高橋\u202E健太"}) {
            draft.setDisplayName(bad);
            assertThat(PersonRules.check(draft)).as(bad).extracting(v -> v.reason())
                    .containsExactly(PersonProblem.DISPLAY_NAME_CONTROL_CHARACTERS);
        }
    }

    // Each rule on its own, by name

    @Test
    void theDisplayNameIsGivenWithinAHundredCharacters() {
        PersonDraft draft = mentor();
        draft.setDisplayName("名".repeat(PersonRules.DISPLAY_NAME_MAX_LENGTH));
        assertThat(PersonRules.DISPLAY_NAME_IS_GIVEN.check(draft)).isEmpty();
        draft.setDisplayName("名".repeat(PersonRules.DISPLAY_NAME_MAX_LENGTH + 1));
        assertThat(PersonRules.DISPLAY_NAME_IS_GIVEN.check(draft)).extracting(Violation::reason)
                .containsExactly(PersonProblem.DISPLAY_NAME_TOO_LONG);
        draft.setDisplayName(" ");
        assertThat(PersonRules.DISPLAY_NAME_IS_GIVEN.check(draft)).extracting(Violation::reason)
                .containsExactly(PersonProblem.DISPLAY_NAME_REQUIRED);
    }

    @Test
    void theEmailIsAnAddress() {
        PersonDraft draft = mentor();
        assertThat(PersonRules.EMAIL_IS_VALID.check(draft)).isEmpty();
        draft.setEmail(null);
        assertThat(PersonRules.EMAIL_IS_VALID.check(draft)).extracting(Violation::reason).containsExactly(PersonProblem.EMAIL_REQUIRED);
    }

    @Test
    void theLanguageIsJapaneseOrEnglishAndAZoneIsChosen() {
        PersonDraft draft = mentor();
        draft.setLocale(Locale.ENGLISH);
        assertThat(PersonRules.LANGUAGE_IS_SUPPORTED.check(draft)).isEmpty();
        draft.setLocale(Locale.FRENCH);
        assertThat(PersonRules.LANGUAGE_IS_SUPPORTED.check(draft)).extracting(Violation::field).containsExactly("locale");
        draft.setZone(null);
        assertThat(PersonRules.ZONE_IS_CHOSEN.check(draft)).extracting(Violation::reason).containsExactly(PersonProblem.ZONE_REQUIRED);
    }

    @Test
    void atLeastOneRoleIsGiven() {
        PersonDraft draft = mentor();
        assertThat(PersonRules.ROLES_ARE_GIVEN.check(draft)).isEmpty();
        draft.setRoles(Set.of());
        assertThat(PersonRules.ROLES_ARE_GIVEN.check(draft)).extracting(Violation::reason).containsExactly(PersonProblem.ROLES_REQUIRED);
    }
}
