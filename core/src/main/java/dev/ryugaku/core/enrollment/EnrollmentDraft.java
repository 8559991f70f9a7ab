package dev.ryugaku.core.enrollment;

import java.time.LocalDate;

/** What a program owner types into the enrollment form, checked by {@link EnrollmentRules}. */
public class EnrollmentDraft {

    private Long personId;
    private Long cohortId;
    private Long homeTeamId;
    private Long primaryMentorId;
    private Long secondaryMentorId;
    private String learningGoals;
    /** Overrides of the cohort's dates (an extension); null follows the cohort. */
    private LocalDate startDate;
    private LocalDate endDate;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getHomeTeamId() {
        return homeTeamId;
    }

    public void setHomeTeamId(Long homeTeamId) {
        this.homeTeamId = homeTeamId;
    }

    public Long getPrimaryMentorId() {
        return primaryMentorId;
    }

    public void setPrimaryMentorId(Long primaryMentorId) {
        this.primaryMentorId = primaryMentorId;
    }

    public Long getSecondaryMentorId() {
        return secondaryMentorId;
    }

    public void setSecondaryMentorId(Long secondaryMentorId) {
        this.secondaryMentorId = secondaryMentorId;
    }

    public String getLearningGoals() {
        return learningGoals;
    }

    public void setLearningGoals(String learningGoals) {
        this.learningGoals = learningGoals;
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
}
