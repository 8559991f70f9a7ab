package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a skill area needs: a name and a description in each language, within their lengths, and
 * names no other area already uses in that language (full-width and case folded).
 */
public final class SkillCatalogRules {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    private SkillCatalogRules() {
    }

    /** The draft's violations, by field; {@code others} are the other areas of the catalogue. */
    public static List<Violation> check(SkillAreaDraft draft, Collection<SkillRef> others) {
        List<Violation> violations = new ArrayList<>();
        checkName(violations, "nameJa", draft.getNameJa(), others.stream().map(SkillRef::nameJa).toList());
        checkName(violations, "nameEn", draft.getNameEn(), others.stream().map(SkillRef::nameEn).toList());
        checkDescription(violations, "descriptionJa", draft.getDescriptionJa());
        checkDescription(violations, "descriptionEn", draft.getDescriptionEn());
        return violations;
    }

    private static void checkName(List<Violation> violations, String field, String name, List<String> taken) {
        String value = Texts.trimToNull(name);
        if (value == null) {
            violations.add(Violation.of(field, SkillAreaProblem.NAME_REQUIRED));
        } else if (value.codePointCount(0, value.length()) > NAME_MAX_LENGTH) {
            violations.add(Violation.of(field, SkillAreaProblem.NAME_TOO_LONG, NAME_MAX_LENGTH));
        } else if (taken.stream().anyMatch(other -> Texts.sameNameKey(other).equals(Texts.sameNameKey(value)))) {
            violations.add(Violation.of(field, SkillAreaProblem.NAME_TAKEN));
        }
    }

    private static void checkDescription(List<Violation> violations, String field, String description) {
        String value = Texts.trimToNull(description);
        if (value == null) {
            violations.add(Violation.of(field, SkillAreaProblem.DESCRIPTION_REQUIRED));
        } else if (value.codePointCount(0, value.length()) > DESCRIPTION_MAX_LENGTH) {
            violations.add(Violation.of(field, SkillAreaProblem.DESCRIPTION_TOO_LONG, DESCRIPTION_MAX_LENGTH));
        }
    }
}
