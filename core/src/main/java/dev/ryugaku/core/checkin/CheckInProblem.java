package dev.ryugaku.core.checkin;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why a check-in change is refused; each has a message beside the field it concerns. */
public enum CheckInProblem implements MessageKeyed {
    SLOT_REQUIRED,
    SCORE_REQUIRED,
    SUMMARY_REQUIRED,
    TEXT_TOO_LONG,
    NOT_YET_DUE,
    ALREADY_CLOSED,
    CANCELLED_CANNOT_BE_RECORDED,
    TIME_REQUIRED,
    TIME_IN_PAST,
    TIME_OUTSIDE_ROTATION,
    ROTATION_NOT_ACTIVE,
    REASON_REQUIRED,
    ACTION_TEXT_REQUIRED,
    ACTION_OWNER_REQUIRED,
    DUE_DATE_REQUIRED,
    DUE_BEFORE_CHECK_IN,
    NOTE_CLOSED;

    @Override
    public String messageKey() {
        return "checkin.problem." + name();
    }
}
