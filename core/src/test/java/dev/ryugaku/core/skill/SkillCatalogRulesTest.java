package dev.ryugaku.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
}
