package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/** One line of a work-log export. */
public record ExportRow(String cohortName, String personName, LocalDate date, WorkCategory category, int minutes,
                        boolean toil, IncidentRole incidentRole, String taskTitle, String note) {
}
