package dev.ryugaku.core.intake;

import dev.ryugaku.core.cohort.Cohort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 募集: the intake round of one planned cohort. */
@Entity
@Table(name = "intake_round")
public class IntakeRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "ask_motivation", nullable = false)
    private boolean askMotivation;

    @Column(name = "ask_skills", nullable = false)
    private boolean askSkills;

    @Column(name = "ask_topics", nullable = false)
    private boolean askTopics;

    @Column(name = "ask_period", nullable = false)
    private boolean askPeriod;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    /** Set when an owner closed the round before its closing date. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected IntakeRound() {
    }

    IntakeRound(Cohort cohort, RoundDraft draft) {
        this.cohort = cohort;
        apply(draft);
    }

    final void apply(RoundDraft draft) {
        opensOn = draft.opensOn();
        closesOn = draft.closesOn();
        askMotivation = draft.askMotivation();
        askSkills = draft.askSkills();
        askTopics = draft.askTopics();
        askPeriod = draft.askPeriod();
        approvalRequired = draft.approvalRequired();
    }

    void close(Instant now) {
        closedAt = now;
    }

    /** Takes applications from the opening day through the closing day, unless closed early. */
    public boolean isOpenOn(LocalDate today) {
        return IntakePolicies.roundOpen(opensOn, closesOn, closedAt != null, today);
    }

    public RoundDraft toDraft() {
        return new RoundDraft(opensOn, closesOn, askMotivation, askSkills, askTopics, askPeriod, approvalRequired);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
