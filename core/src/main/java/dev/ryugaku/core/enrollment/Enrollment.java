package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.security.Actor;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * 留学: one person's rotation in one cohort, with their mentors. It is what makes a person a
 * member of a cohort, and so what decides which cohorts a mentor or participant may see.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_team_id")
    private Team homeTeam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_mentor_id")
    private Person primaryMentor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "secondary_mentor_id")
    private Person secondaryMentor;

    @Column(name = "learning_goals", length = 4000)
    private String learningGoals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    /** Per-enrollment dates override the cohort's (an extension); null follows the cohort. */
    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** The mentor's weekday for check-ins; unset means the weekday the rotation starts on. */
    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_day", length = 10)
    private DayOfWeek checkInDay;

    /** The mentor's time of day for check-ins, in the mentor's zone; unset means 10:00. */
    @Column(name = "check_in_time")
    private LocalTime checkInTime;

    protected Enrollment() {
    }

    public Enrollment(Person person, Cohort cohort, Team homeTeam, Person primaryMentor, Person secondaryMentor,
                      String learningGoals, EnrollmentStatus status) {
        this.person = person;
        this.cohort = cohort;
        this.homeTeam = homeTeam;
        this.primaryMentor = primaryMentor;
        this.secondaryMentor = secondaryMentor;
        this.learningGoals = learningGoals;
        this.status = status;
    }

    /** Takes over the values of a draft that passed {@link EnrollmentRules}. */
    public void apply(EnrollmentDraft draft, Team homeTeam, Person primaryMentor, Person secondaryMentor) {
        this.homeTeam = homeTeam;
        this.primaryMentor = primaryMentor;
        this.secondaryMentor = secondaryMentor;
        this.learningGoals = draft.getLearningGoals() == null || draft.getLearningGoals().isBlank()
                ? null : draft.getLearningGoals().strip();
        this.startDate = draft.getStartDate();
        this.endDate = draft.getEndDate();
    }

    public EnrollmentDraft toDraft() {
        EnrollmentDraft draft = new EnrollmentDraft();
        draft.setPersonId(person.getId());
        draft.setCohortId(cohort.getId());
        draft.setHomeTeamId(homeTeam == null ? null : homeTeam.getId());
        draft.setPrimaryMentorId(primaryMentor == null ? null : primaryMentor.getId());
        draft.setSecondaryMentorId(secondaryMentor == null ? null : secondaryMentor.getId());
        draft.setLearningGoals(learningGoals);
        draft.setStartDate(startDate);
        draft.setEndDate(endDate);
        return draft;
    }

    /** Moves along PLANNED → ACTIVE → GRADUATED. */
    public void moveTo(EnrollmentStatus next) {
        if (!status.canMoveTo(next) || next == EnrollmentStatus.WITHDRAWN) {
            throw new IllegalStateException(status + " cannot become " + next);
        }
        this.status = next;
    }

    public void withdraw(String reason) {
        if (!status.canMoveTo(EnrollmentStatus.WITHDRAWN)) {
            throw new IllegalStateException(status + " cannot be withdrawn");
        }
        this.status = EnrollmentStatus.WITHDRAWN;
        this.withdrawalReason = reason.strip();
    }

    /** The first day of this rotation: the cohort's, unless overridden. */
    public LocalDate effectiveStart() {
        return startDate != null ? startDate : cohort.getStartDate();
    }

    /** The last day of this rotation: the cohort's, unless extended. */
    public LocalDate effectiveEnd() {
        return endDate != null ? endDate : cohort.getEndDate();
    }

    public boolean isParticipant(long personId) {
        return person.getId() == personId;
    }

    /** Who may see a rotation and what hangs off it (log, check-ins): its participant, its mentors, program owners. */
    public boolean isVisibleTo(Actor actor) {
        return RotationRelation.of(actor, this).sees();
    }

    /**
     * Who oversees a rotation: its mentors and program owners, but never its own participant: an owner enrolled in a
     * rotation is its participant there (the relation decides before the role), so they never read
     * the private notes on their own check-ins nor record or review their own work.
     */
    public boolean isSupervisedBy(Actor actor) {
        return RotationRelation.of(actor, this).supervises();
    }

    public boolean isMentor(long personId) {
        return (primaryMentor != null && primaryMentor.getId() == personId)
                || (secondaryMentor != null && secondaryMentor.getId() == personId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Team getHomeTeam() {
        return homeTeam;
    }

    public Person getPrimaryMentor() {
        return primaryMentor;
    }

    public Person getSecondaryMentor() {
        return secondaryMentor;
    }

    public String getLearningGoals() {
        return learningGoals;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** The mentor's weekday and time for check-ins, in the primary mentor's zone. */
    public void chooseCheckInSlot(DayOfWeek day, LocalTime time) {
        this.checkInDay = day;
        this.checkInTime = time;
    }

    public DayOfWeek getCheckInDay() {
        return checkInDay;
    }

    public LocalTime getCheckInTime() {
        return checkInTime;
    }
}
