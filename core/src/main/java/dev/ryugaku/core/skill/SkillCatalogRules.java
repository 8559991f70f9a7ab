package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Violation;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What a skill area needs: a name and a description in each language, within their lengths, and
 * names no other area already uses in that language (full-width and case folded).
 */
public final class SkillCatalogRules {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    static final Rule<SkillAreaDraft> DESCRIPTION_JA_IS_WRITTEN = descriptionIsWritten("descriptionJa",
            SkillAreaDraft::getDescriptionJa);
    static final Rule<SkillAreaDraft> DESCRIPTION_EN_IS_WRITTEN = descriptionIsWritten("descriptionEn",
            SkillAreaDraft::getDescriptionEn);

    private SkillCatalogRules() {
    }

    /** The draft's violations, by field; {@code others} are the other areas of the catalogue. */
    public static List<Violation> check(SkillAreaDraft draft, Collection<SkillRef> others) {
        return Rule.all(List.of(
                nameIsGivenAndFree("nameJa", SkillAreaDraft::getNameJa, others.stream().map(SkillRef::nameJa).toList()),
                nameIsGivenAndFree("nameEn", SkillAreaDraft::getNameEn, others.stream().map(SkillRef::nameEn).toList()),
                DESCRIPTION_JA_IS_WRITTEN, DESCRIPTION_EN_IS_WRITTEN)).check(draft);
    }

    /** A name within its length that no other area uses in that language ({@code taken}). */
    static Rule<SkillAreaDraft> nameIsGivenAndFree(String field, Function<SkillAreaDraft, String> name, List<String> taken) {
        return draft -> {
            String value = Texts.trimToNull(name.apply(draft));
            List<Violation> found = givenWithin(field, value, NAME_MAX_LENGTH, SkillAreaProblem.NAME_REQUIRED,
                    SkillAreaProblem.NAME_TOO_LONG);
            if (found.isEmpty() && taken.stream().anyMatch(other -> Texts.sameNameKey(other).equals(Texts.sameNameKey(value)))) {
                return List.of(Violation.of(field, SkillAreaProblem.NAME_TAKEN));
            }
            return found;
        };
    }

    private static Rule<SkillAreaDraft> descriptionIsWritten(String field, Function<SkillAreaDraft, String> description) {
        return draft -> givenWithin(field, Texts.trimToNull(description.apply(draft)), DESCRIPTION_MAX_LENGTH,
                SkillAreaProblem.DESCRIPTION_REQUIRED, SkillAreaProblem.DESCRIPTION_TOO_LONG);
    }

    /** Lengths in characters as a reader counts them (code points), so that emoji count once. */
    private static List<Violation> givenWithin(String field, String value, int max, SkillAreaProblem required,
                                               SkillAreaProblem tooLong) {
        if (value == null) {
            return List.of(Violation.of(field, required));
        }
        if (value.codePointCount(0, value.length()) > max) {
            return List.of(Violation.of(field, tooLong, max));
        }
        return List.of();
    }
}
