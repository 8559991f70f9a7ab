package dev.ryugaku.core.checkin;

import dev.ryugaku.core.shared.MessageKeyed;

public enum CheckInProblem implements MessageKeyed {
    SLOT_REQUIRED;

    @Override
    public String messageKey() {
        return "checkin.problem." + name();
    }
}
