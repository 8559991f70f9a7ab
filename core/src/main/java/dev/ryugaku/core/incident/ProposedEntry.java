package dev.ryugaku.core.incident;

import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogDraft;
import dev.ryugaku.core.worklog.WorkLogRules;
import java.time.LocalDate;

/**
 * A proposal as the participant sees it: the entry it suggests and where the incident is shown.
 *
 * @param minutes null while the incident is not resolved: the participant enters them
 */
public record ProposedEntry(long id, long version, String title, String link, LocalDate date, Integer minutes,
                            IncidentRole role, boolean resolved) {

    /** The entry form filled in: the incident category, the suggested role, the title and link as the note. */
    public WorkLogDraft draft() {
        WorkLogDraft draft = new WorkLogDraft();
        draft.setDate(date);
        draft.setMinutes(minutes);
        draft.setCategory(WorkCategory.INCIDENT);
        draft.setToil(WorkCategory.INCIDENT.isToilByDefault());
        draft.setIncidentRole(role);
        String note = link == null ? title : title == null ? link : title + "\n" + link;
        draft.setNote(note == null || note.length() <= WorkLogRules.NOTE_MAX_LENGTH ? note
                : note.substring(0, WorkLogRules.NOTE_MAX_LENGTH));
        return draft;
    }
}
