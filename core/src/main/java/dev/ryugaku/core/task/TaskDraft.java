package dev.ryugaku.core.task;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the task form holds, checked by {@link TaskRules}. */
public class TaskDraft {

    private String title;
    private String description;
    private TaskCategory category;
    private TaskPriority priority = TaskPriority.MEDIUM;
    private TaskRisk risk = TaskRisk.LOW;
    private Long assigneeEnrollmentId;
    private Long reviewerId;
    private LocalDate dueDate;
    private String externalLink;
    private boolean goodFirstTask;
    private String outcome;
    private BigDecimal costSavedPerMonth;
    private BigDecimal toilHoursSavedPerMonth;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public TaskCategory getCategory() {
        return category;
    }

    public void setCategory(TaskCategory category) {
        this.category = category;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public void setPriority(TaskPriority priority) {
        this.priority = priority;
    }

    public TaskRisk getRisk() {
        return risk;
    }

    public void setRisk(TaskRisk risk) {
        this.risk = risk;
    }

    public Long getAssigneeEnrollmentId() {
        return assigneeEnrollmentId;
    }

    public void setAssigneeEnrollmentId(Long assigneeEnrollmentId) {
        this.assigneeEnrollmentId = assigneeEnrollmentId;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public void setReviewerId(Long reviewerId) {
        this.reviewerId = reviewerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getExternalLink() {
        return externalLink;
    }

    public void setExternalLink(String externalLink) {
        this.externalLink = externalLink;
    }

    public boolean isGoodFirstTask() {
        return goodFirstTask;
    }

    public void setGoodFirstTask(boolean goodFirstTask) {
        this.goodFirstTask = goodFirstTask;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getCostSavedPerMonth() {
        return costSavedPerMonth;
    }

    public void setCostSavedPerMonth(BigDecimal costSavedPerMonth) {
        this.costSavedPerMonth = costSavedPerMonth;
    }

    public BigDecimal getToilHoursSavedPerMonth() {
        return toilHoursSavedPerMonth;
    }

    public void setToilHoursSavedPerMonth(BigDecimal toilHoursSavedPerMonth) {
        this.toilHoursSavedPerMonth = toilHoursSavedPerMonth;
    }
}
