package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.task.ImprovementTask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 作業ログ: time a participant spent on one kind of work on one day. */
@Entity
@Table(name = "work_log_entry")
public class WorkLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Column(name = "work_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkCategory category;

    @Column(nullable = false)
    private boolean toil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private ImprovementTask task;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_role", length = 20)
    private IncidentRole incidentRole;

    @Column(length = 1000)
    private String note;

    protected WorkLogEntry() {
    }

    public WorkLogEntry(Enrollment enrollment, WorkLogDraft draft, ImprovementTask task) {
        this.enrollment = enrollment;
        apply(draft, task);
    }

    void apply(WorkLogDraft draft, ImprovementTask task) {
        this.date = draft.getDate();
        this.minutes = draft.getMinutes();
        this.category = draft.getCategory();
        this.toil = draft.isToil();
        this.task = task;
        this.incidentRole = draft.getCategory().hasIncidentRole() ? draft.getIncidentRole() : null;
        this.note = draft.getNote() == null || draft.getNote().isBlank() ? null : draft.getNote().strip();
    }

    /** A grid entry: minutes only, no task, role or note, and the category's own toil flag. */
    boolean isQuick() {
        return task == null && incidentRole == null && note == null && toil == category.isToilByDefault();
    }

    void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public WorkLogDraft toDraft() {
        WorkLogDraft draft = new WorkLogDraft();
        draft.setDate(date);
        draft.setMinutes(minutes);
        draft.setCategory(category);
        draft.setToil(toil);
        draft.setTaskId(task == null ? null : task.getId());
        draft.setIncidentRole(incidentRole);
        draft.setNote(note);
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getMinutes() {
        return minutes;
    }

    public WorkCategory getCategory() {
        return category;
    }

    public boolean isToil() {
        return toil;
    }

    public ImprovementTask getTask() {
        return task;
    }

    public IncidentRole getIncidentRole() {
        return incidentRole;
    }

    public String getNote() {
        return note;
    }
}
