package dev.ryugaku.web.skill;

import dev.ryugaku.core.skill.RatingInput;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ratings for every area the catalogue rates now, as a complete form would send them. */
@Component
class SkillFixtures {

    private final SkillCatalogService catalog;

    SkillFixtures(SkillCatalogService catalog) {
        this.catalog = catalog;
    }

    /** Every active area at the same level; the caller is signed in. */
    List<RatingInput> allAt(int level) {
        return catalog.active().stream().map(skill -> new RatingInput(skill.id(), level, null)).toList();
    }

    /** The first active area only, as a draft started. */
    List<RatingInput> firstAt(int level, String comment) {
        SkillRef first = catalog.active().getFirst();
        return List.of(new RatingInput(first.id(), level, comment));
    }
}
