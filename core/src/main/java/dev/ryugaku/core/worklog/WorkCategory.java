package dev.ryugaku.core.worklog;

import dev.ryugaku.core.shared.MessageKeyed;

/** What an SRE day is made of; each category says whether its work counts as toil by default. */
public enum WorkCategory implements MessageKeyed {
    REQUEST(true),
    REVIEW(false),
    IMPROVEMENT(false),
    INCIDENT(true),
    ON_CALL(true),
    LEARNING(false),
    HOME_TEAM(false),
    OTHER(false);

    private final boolean toilByDefault;

    WorkCategory(boolean toilByDefault) {
        this.toilByDefault = toilByDefault;
    }

    public boolean isToilByDefault() {
        return toilByDefault;
    }

    /** Incident work records the role the participant played. */
    public boolean hasIncidentRole() {
        return this == INCIDENT || this == ON_CALL;
    }

    @Override
    public String messageKey() {
        return "worklog.category." + name();
    }
}
