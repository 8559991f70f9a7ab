package dev.ryugaku.core.checkin;

import dev.ryugaku.core.shared.MessageKeyed;

/** SCHEDULED until the mentor records it (HELD), cancels it, or three days pass (MISSED). */
public enum CheckInStatus implements MessageKeyed {
    SCHEDULED,
    HELD,
    MISSED,
    CANCELLED;

    @Override
    public String messageKey() {
        return "checkin.status." + name();
    }
}
