package dev.ryugaku.core.shared;

/** Why a list cannot be given as asked. */
public enum ListProblem implements MessageKeyed {
    /** A sort property the list does not offer; the message names the ones it does. */
    UNKNOWN_SORT;

    @Override
    public String messageKey() {
        return "list.problem." + name();
    }
}
