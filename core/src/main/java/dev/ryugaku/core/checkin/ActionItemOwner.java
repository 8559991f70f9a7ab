package dev.ryugaku.core.checkin;

import dev.ryugaku.core.shared.MessageKeyed;

/** Who has to do an action item: the participant or the mentor. */
public enum ActionItemOwner implements MessageKeyed {
    PARTICIPANT,
    MENTOR;

    @Override
    public String messageKey() {
        return "checkin.actionItem.owner." + name();
    }
}
