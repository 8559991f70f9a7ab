package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why the catalogue editor refused a skill area. */
public enum SkillAreaProblem implements MessageKeyed {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    NAME_TAKEN,
    DESCRIPTION_REQUIRED,
    DESCRIPTION_TOO_LONG,
    IN_USE;

    @Override
    public String messageKey() {
        return "skill.problem." + name();
    }
}
