package dev.ryugaku.core.intake;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** 応募: one person's application (or nomination) to an intake round. */
@Entity
@Table(name = "intake_application")
public class IntakeApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private IntakeRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The home team when the person applied or was nominated: whose manager approves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_team_id")
    private Team homeTeam;

    @Column(name = "nominated_by_id")
    private Long nominatedById;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationState state;

    @Column(length = 2000)
    private String motivation;

    @Column(length = 2000)
    private String topics;

    @Column(name = "preferred_period", length = 200)
    private String preferredPeriod;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "intake_application_skill", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "skill_id")
    private Set<Long> skillIds = new HashSet<>();

    /** The manager's reason for declining. */
    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    /** The owner's message with a selection, waitlisting or decline. */
    @Column(name = "owner_message", length = 1000)
    private String ownerMessage;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "enrollment_id")
    private Long enrollmentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected IntakeApplication() {
    }

    IntakeApplication(IntakeRound round, Person person, Long nominatedById, Instant now) {
        this.round = round;
        this.person = person;
        this.homeTeam = person.getHomeTeam();
        this.nominatedById = nominatedById;
        this.state = nominatedById == null ? ApplicationState.SUBMITTED : ApplicationState.NOMINATED;
        this.createdAt = now;
    }

    void answer(ApplicationDraft draft, RoundDraft asked) {
        motivation = asked.askMotivation() ? IntakePolicies.blankToNull(draft.motivation()) : null;
        topics = asked.askTopics() ? IntakePolicies.blankToNull(draft.topics()) : null;
        preferredPeriod = asked.askPeriod() ? IntakePolicies.blankToNull(draft.preferredPeriod()) : null;
        skillIds.clear();
        if (asked.askSkills()) {
            skillIds.addAll(draft.skillIds());
        }
    }

    void submit(ApplicationState next, Instant now) {
        state = next;
        submittedAt = now;
        if (next == ApplicationState.APPROVED) {
            approvedAt = now;
        }
    }

    void managerDecides(boolean approve, String reason, Instant now) {
        state = approve ? ApplicationState.APPROVED : ApplicationState.MANAGER_DECLINED;
        decisionReason = approve ? null : reason.strip();
        approvedAt = now;
    }

    void ownerDecides(ApplicationState next, String message, Integer position, Instant now) {
        state = next;
        ownerMessage = IntakePolicies.blankToNull(message);
        waitlistPosition = position;
        decidedAt = now;
    }

    void enrolled(long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    void withdraw(Instant now) {
        state = ApplicationState.WITHDRAWN;
        waitlistPosition = null;
        decidedAt = now;
    }

    /** The home team's manager now, who approves; null without a team or a manager. */
    public Long managerId() {
        return homeTeam == null ? null : homeTeam.getManagerId();
    }

    /** Whether it waits for the home-team manager's approval now. */
    public boolean awaitsManager() {
        return IntakePolicies.awaitsManager(state, round.isApprovalRequired(), managerId() != null);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public IntakeRound getRound() {
        return round;
    }

    public Person getPerson() {
        return person;
    }

    public Team getHomeTeam() {
        return homeTeam;
    }

    public Long getNominatedById() {
        return nominatedById;
    }

    public ApplicationState getState() {
        return state;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getTopics() {
        return topics;
    }

    public String getPreferredPeriod() {
        return preferredPeriod;
    }

    public Set<Long> getSkillIds() {
        return Set.copyOf(skillIds);
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getOwnerMessage() {
        return ownerMessage;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
