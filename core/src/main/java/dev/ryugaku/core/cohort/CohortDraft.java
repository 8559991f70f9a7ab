package dev.ryugaku.core.cohort;

import java.time.LocalDate;

/**
 * What a program owner types into the cohort form. Mutable so a form can bind to it; checked by
 * {@link CohortRules} before anything is saved.
 */
public class CohortDraft {

    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer capacity;
    private Long hostTeamId;
    private CheckInCadence cadence = CheckInCadence.WEEKLY;
    private LocalDate kickoffDate;
    private LocalDate midTermReviewDate;
    private LocalDate finalReviewDate;
    private String description;
    private boolean draft;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getHostTeamId() {
        return hostTeamId;
    }

    public void setHostTeamId(Long hostTeamId) {
        this.hostTeamId = hostTeamId;
    }

    public CheckInCadence getCadence() {
        return cadence;
    }

    public void setCadence(CheckInCadence cadence) {
        this.cadence = cadence;
    }

    public LocalDate getKickoffDate() {
        return kickoffDate;
    }

    public void setKickoffDate(LocalDate kickoffDate) {
        this.kickoffDate = kickoffDate;
    }

    public LocalDate getMidTermReviewDate() {
        return midTermReviewDate;
    }

    public void setMidTermReviewDate(LocalDate midTermReviewDate) {
        this.midTermReviewDate = midTermReviewDate;
    }

    public LocalDate getFinalReviewDate() {
        return finalReviewDate;
    }

    public void setFinalReviewDate(LocalDate finalReviewDate) {
        this.finalReviewDate = finalReviewDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }
}
