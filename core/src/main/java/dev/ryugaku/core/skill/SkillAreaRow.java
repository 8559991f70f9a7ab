package dev.ryugaku.core.skill;

import java.util.Locale;

/** A row of the catalogue list: the area, its place, and how many ratings use it. */
public record SkillAreaRow(long id, long version, int sortOrder, String nameJa, String nameEn, String descriptionJa,
                           String descriptionEn, boolean active, long ratings) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameJa, nameEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionJa, descriptionEn);
    }
}
