package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/**
 * One cell of the week grid: minutes of a category on a day, as the user saw it and as they want it.
 */
public record GridCell(LocalDate date, WorkCategory category, int seenMinutes, Integer minutes) {

    /** The field name violations use to point at this cell. */
    public String field() {
        return "cell:" + date + ":" + category.name();
    }
}
