package dev.ryugaku.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
