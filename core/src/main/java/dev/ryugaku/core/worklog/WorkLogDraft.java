package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/** What the detailed entry form holds, checked by {@link WorkLogRules}. */
public class WorkLogDraft {

    private LocalDate date;
    private Integer minutes;
    private WorkCategory category;
    private boolean toil;
    private Long taskId;
    private IncidentRole incidentRole;
    private String note;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public WorkCategory getCategory() {
        return category;
    }

    public void setCategory(WorkCategory category) {
        this.category = category;
    }

    public boolean isToil() {
        return toil;
    }

    public void setToil(boolean toil) {
        this.toil = toil;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public IncidentRole getIncidentRole() {
        return incidentRole;
    }

    public void setIncidentRole(IncidentRole incidentRole) {
        this.incidentRole = incidentRole;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
