package dev.ryugaku.core.task;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 改善タスク: a piece of improvement work a participant does during the rotation. */
@Entity
@Table(name = "improvement_task")
public class ImprovementTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TaskCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskRisk risk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status;

    /** The cohort the task belongs to: the assignee's, or the one it was filed for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_enrollment_id")
    private Enrollment assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private Person reviewer;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "external_link", length = 500)
    private String externalLink;

    @Column(name = "good_first_task", nullable = false)
    private boolean goodFirstTask;

    @Column(length = 4000)
    private String outcome;

    @Column(name = "cost_saved_per_month", precision = 14, scale = 2)
    private BigDecimal costSavedPerMonth;

    @Column(name = "toil_hours_saved_per_month", precision = 8, scale = 2)
    private BigDecimal toilHoursSavedPerMonth;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    private Person createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the task last changed status: how long a review has waited. */
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected ImprovementTask() {
    }

    public ImprovementTask(TaskDraft draft, TaskStatus status, Cohort cohort, Enrollment assignee, Person reviewer,
                           Person createdBy, Instant now) {
        apply(draft, cohort, assignee, reviewer);
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** Takes over the values of a draft that passed {@link TaskRules}. */
    public void apply(TaskDraft draft, Cohort cohort, Enrollment assignee, Person reviewer) {
        this.title = draft.getTitle().strip();
        this.description = blankToNull(draft.getDescription());
        this.category = draft.getCategory();
        this.priority = draft.getPriority();
        this.risk = draft.getRisk();
        this.cohort = cohort;
        this.assignee = assignee;
        this.reviewer = reviewer;
        this.dueDate = draft.getDueDate();
        this.externalLink = blankToNull(draft.getExternalLink());
        this.goodFirstTask = draft.isGoodFirstTask();
        this.outcome = blankToNull(draft.getOutcome());
        this.costSavedPerMonth = draft.getCostSavedPerMonth();
        this.toilHoursSavedPerMonth = draft.getToilHoursSavedPerMonth();
    }

    public TaskDraft toDraft() {
        TaskDraft draft = new TaskDraft();
        draft.setTitle(title);
        draft.setDescription(description);
        draft.setCategory(category);
        draft.setPriority(priority);
        draft.setRisk(risk);
        draft.setAssigneeEnrollmentId(assignee == null ? null : assignee.getId());
        draft.setReviewerId(reviewer == null ? null : reviewer.getId());
        draft.setDueDate(dueDate);
        draft.setExternalLink(externalLink);
        draft.setGoodFirstTask(goodFirstTask);
        draft.setOutcome(outcome);
        draft.setCostSavedPerMonth(costSavedPerMonth);
        draft.setToilHoursSavedPerMonth(toilHoursSavedPerMonth);
        return draft;
    }

    void moveTo(TaskStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    void take(Enrollment taker, Instant now) {
        this.assignee = taker;
        this.cohort = taker.getCohort();
        moveTo(TaskStatus.READY, now);
    }

    void recordOutcome(String outcome) {
        this.outcome = outcome.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public TaskCategory getCategory() {
        return category;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public TaskRisk getRisk() {
        return risk;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Enrollment getAssignee() {
        return assignee;
    }

    public Person getReviewer() {
        return reviewer;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getExternalLink() {
        return externalLink;
    }

    public boolean isGoodFirstTask() {
        return goodFirstTask;
    }

    public String getOutcome() {
        return outcome;
    }

    public BigDecimal getCostSavedPerMonth() {
        return costSavedPerMonth;
    }

    public BigDecimal getToilHoursSavedPerMonth() {
        return toilHoursSavedPerMonth;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
