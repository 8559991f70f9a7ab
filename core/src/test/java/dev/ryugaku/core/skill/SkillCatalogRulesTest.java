package dev.ryugaku.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import dev.ryugaku.core.shared.Rule;

class SkillCatalogRulesTest {

    private static final SkillRef DATABASES = new SkillRef(3, "データベース", "Databases", "d", "d", true);

    private static SkillAreaDraft draft(String nameJa, String nameEn, String descriptionJa, String descriptionEn) {
        SkillAreaDraft draft = new SkillAreaDraft();
        draft.setNameJa(nameJa);
        draft.setNameEn(nameEn);
        draft.setDescriptionJa(descriptionJa);
        draft.setDescriptionEn(descriptionEn);
        return draft;
    }

    private static List<String> problems(SkillAreaDraft draft) {
        return SkillCatalogRules.check(draft, List.of(DATABASES)).stream().map(v -> v.field() + ":" + v.reason()).toList();
    }

    @Test
    void anAreaNeedsANameAndADescriptionInBothLanguages() {
        assertThat(problems(draft(" ", null, "", null))).containsExactly("nameJa:NAME_REQUIRED", "nameEn:NAME_REQUIRED",
                "descriptionJa:DESCRIPTION_REQUIRED", "descriptionEn:DESCRIPTION_REQUIRED");
        assertThat(problems(draft("コスト最適化", "Cost optimisation", "クラウド費用の把握と削減。", "Knowing and cutting cloud costs.")))
                .isEmpty();
    }

    @Test
    void namesAreUniquePerLanguageWhateverTheWidthOrCase() {
        assertThat(problems(draft("データベース", "ＤＡＴＡＢＡＳＥＳ", "x", "y")))
                .containsExactly("nameJa:NAME_TAKEN", "nameEn:NAME_TAKEN");
    }

    @Test
    void namesAndDescriptionsHaveMaximumLengthsInCharacters() {
        String name = "あ".repeat(SkillCatalogRules.NAME_MAX_LENGTH);
        String description = "🚀".repeat(SkillCatalogRules.DESCRIPTION_MAX_LENGTH);
        assertThat(problems(draft(name, "a", description, "b"))).isEmpty();
        assertThat(problems(draft(name + "あ", "a", description + "🚀", "b")))
                .containsExactly("nameJa:NAME_TOO_LONG", "descriptionJa:DESCRIPTION_TOO_LONG");
    }

    @Test
    void theReadersLanguagePicksTheTextJapaneseFirst() {
        assertThat(DATABASES.name(Locale.JAPANESE)).isEqualTo("データベース");
        assertThat(DATABASES.name(Locale.ENGLISH)).isEqualTo("Databases");
        assertThat(DATABASES.name(Locale.GERMAN)).isEqualTo("Databases");
        assertThat(Bilingual.pick(null, "日本語", "English")).isEqualTo("日本語");
    }

    // Each rule on its own, by name

    @Test
    void aNameIsGivenWithinItsLengthAndFreeInItsLanguage() {
        Rule<SkillAreaDraft> rule = SkillCatalogRules.nameIsGivenAndFree("nameEn", SkillAreaDraft::getNameEn, List.of("Databases"));
        assertThat(rule.check(draft("ネットワーク", "Networking", "d", "d"))).isEmpty();
        assertThat(rule.check(draft("ネットワーク", " ", "d", "d"))).extracting(v -> v.reason())
                .containsExactly(SkillAreaProblem.NAME_REQUIRED);
        assertThat(rule.check(draft("ネットワーク", "ＤＡＴＡＢＡＳＥＳ", "d", "d"))).extracting(v -> v.reason())
                .containsExactly(SkillAreaProblem.NAME_TAKEN);
    }

    @Test
    void aDescriptionIsWrittenInEachLanguage() {
        SkillAreaDraft draft = draft("ネットワーク", "Networking", " ", "x".repeat(SkillCatalogRules.DESCRIPTION_MAX_LENGTH + 1));
        assertThat(SkillCatalogRules.DESCRIPTION_JA_IS_WRITTEN.check(draft)).extracting(v -> v.reason())
                .containsExactly(SkillAreaProblem.DESCRIPTION_REQUIRED);
        assertThat(SkillCatalogRules.DESCRIPTION_EN_IS_WRITTEN.check(draft)).extracting(v -> v.reason())
                .containsExactly(SkillAreaProblem.DESCRIPTION_TOO_LONG);
    }
}
