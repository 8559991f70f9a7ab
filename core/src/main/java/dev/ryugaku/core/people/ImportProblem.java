package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

/** What can be wrong with a people CSV file as a whole. */
public enum ImportProblem implements MessageKeyed {
    FILE_EMPTY,
    FILE_NOT_UTF8,
    FILE_UNREADABLE,
    HEADER_INVALID,
    TOO_MANY_ROWS,
    NOTHING_TO_IMPORT;

    @Override
    public String messageKey() {
        return "import.problem." + name();
    }
}
