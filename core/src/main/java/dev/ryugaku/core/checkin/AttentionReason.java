package dev.ryugaku.core.checkin;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why a mentee shows up in the attention queue. */
public enum AttentionReason implements MessageKeyed {
    CHECKIN_OVERDUE,
    CHECKIN_MISSED,
    WELLBEING_LOW_TWICE,
    WELLBEING_FALLING,
    TOIL_HIGH_TWO_WEEKS,
    HIGH_RISK_WITHOUT_PREMORTEM,
    ACTION_ITEMS_OVERDUE;

    @Override
    public String messageKey() {
        return "attention.reason." + name();
    }
}
