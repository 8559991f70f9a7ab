package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.MessageKeyed;

/** Who rates: the participant themselves, or their mentor (either of a rotation's mentors). */
public enum AssessmentSide implements MessageKeyed {
    SELF,
    MENTOR;

    public AssessmentSide other() {
        return this == SELF ? MENTOR : SELF;
    }

    @Override
    public String messageKey() {
        return "skill.side." + name();
    }
}
