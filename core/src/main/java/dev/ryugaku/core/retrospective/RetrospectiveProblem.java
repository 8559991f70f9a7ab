package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.shared.MessageKeyed;

/** Why a retrospective, evaluation or follow-up is refused; each has a message beside the field it concerns. */
public enum RetrospectiveProblem implements MessageKeyed {
    /** The retrospective window has not opened yet; argument: the day it opens. */
    NOT_OPEN_YET,
    /** The rotation was withdrawn or has not started: there is nothing to look back on. */
    ROTATION_NOT_RUNNING,
    /** A follow-up is for graduates. */
    NOT_GRADUATED,
    LEARNED_REQUIRED,
    RECOMMEND_REQUIRED,
    RECOMMEND_OUT_OF_RANGE,
    SUMMARY_REQUIRED,
    READINESS_REQUIRED,
    CHANGED_WORK_REQUIRED,
    ITEM_TITLE_REQUIRED,
    ITEM_KIND_REQUIRED,
    LINK_INVALID,
    TOO_MANY_ITEMS,
    TEXT_TOO_LONG;

    @Override
    public String messageKey() {
        return "retrospective.problem." + name();
    }
}
