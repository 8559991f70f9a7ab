package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.MessageKeyed;

/** A draft is the writer's own; a submitted assessment is final. */
public enum AssessmentStatus implements MessageKeyed {
    DRAFT,
    SUBMITTED;

    @Override
    public String messageKey() {
        return "skill.status." + name();
    }
}
