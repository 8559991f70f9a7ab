package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.MessageKeyed;

/** The five levels of a skill, 0 to 4; each has a short name and a description in the bundles. */
public enum SkillLevel implements MessageKeyed {
    NEVER_TOUCHED,
    FOLLOWS_RUNBOOK,
    WITH_HELP,
    INDEPENDENT,
    TEACHES_OTHERS;

    public static final int MIN = 0;
    public static final int MAX = 4;

    public int value() {
        return ordinal();
    }

    public static SkillLevel of(int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("no skill level " + value);
        }
        return values()[value];
    }

    public static boolean isLevel(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    @Override
    public String messageKey() {
        return "skill.level." + name();
    }

    /** The key of the level's one-line description. */
    public String descriptionKey() {
        return messageKey() + ".description";
    }
}
