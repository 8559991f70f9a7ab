package dev.ryugaku.web.skill;

import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.DeclaredSkillAreas;
import dev.ryugaku.core.skill.SkillCatalogService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Makes the settings' 得意分野 section, for mentors only. */
@Component
public class MentorAreasSections {

    private final DeclaredSkillAreas declared;
    private final SkillCatalogService catalog;
    private final CurrentActor actor;

    MentorAreasSections(DeclaredSkillAreas declared, SkillCatalogService catalog, CurrentActor actor) {
        this.declared = declared;
        this.catalog = catalog;
        this.actor = actor;
    }

    /** The section for a signed-in mentor; empty for everyone else. */
    public Optional<MentorAreasSection> create() {
        if (!actor.get().has(Role.MENTOR)) {
            return Optional.empty();
        }
        return Optional.of(new MentorAreasSection(declared, catalog.active()));
    }
}
