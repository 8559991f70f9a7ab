package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

/** What can be wrong with a people CSV file as a whole, or with a field of a row beyond the person rules. */
public enum ImportProblem implements MessageKeyed {
    FILE_EMPTY,
    FILE_NOT_UTF8,
    FILE_UNREADABLE,
    HEADER_INVALID,
    TOO_MANY_ROWS,
    NOTHING_TO_IMPORT,
    /** A field of a row holds a control character; the argument is the column name. */
    CONTROL_CHARACTERS;

    @Override
    public String messageKey() {
        return "import.problem." + name();
    }
}
