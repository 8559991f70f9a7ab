package dev.ryugaku.core.skill;

import java.util.Locale;

/** A skill area as forms and charts name it, in both languages. */
public record SkillRef(long id, String nameJa, String nameEn, String descriptionJa, String descriptionEn,
                       boolean active) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameJa, nameEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionJa, descriptionEn);
    }
}
