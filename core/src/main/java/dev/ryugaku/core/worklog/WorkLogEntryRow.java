package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/** An entry as the week view and the export show it. */
public record WorkLogEntryRow(long id, long version, LocalDate date, int minutes, WorkCategory category, boolean toil,
                              Long taskId, String taskTitle, IncidentRole incidentRole, String note) {

    public boolean isQuick() {
        return taskId == null && incidentRole == null && note == null && toil == category.isToilByDefault();
    }
}
