package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.MessageKeyed;

/** When in a rotation skills are assessed: at its start, around its middle, at its end. In this order. */
public enum AssessmentPhase implements MessageKeyed {
    START,
    MID,
    END;

    @Override
    public String messageKey() {
        return "skill.phase." + name();
    }
}
