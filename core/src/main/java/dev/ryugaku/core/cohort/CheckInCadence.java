package dev.ryugaku.core.cohort;

import dev.ryugaku.core.shared.MessageKeyed;

/** How often participants meet their mentor. */
public enum CheckInCadence implements MessageKeyed {
    WEEKLY(7),
    BIWEEKLY(14);

    private final int days;

    CheckInCadence(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    @Override
    public String messageKey() {
        return "cohort.cadence." + name();
    }
}
