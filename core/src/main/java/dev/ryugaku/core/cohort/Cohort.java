package dev.ryugaku.core.cohort;

import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.shared.Texts;
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
import java.time.Instant;
import java.time.LocalDate;

/** 期: one run of the rotation program, e.g. 第2期 from October to March. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    /** Unique: {@link Texts#sameNameKey(String)} of the name. */
    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int capacity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_team_id", nullable = false)
    private Team hostTeam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CheckInCadence cadence;

    @Column(name = "kickoff_date")
    private LocalDate kickoffDate;

    @Column(name = "mid_term_review_date")
    private LocalDate midTermReviewDate;

    @Column(name = "final_review_date")
    private LocalDate finalReviewDate;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortState state;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Cohort() {
    }

    /** A new cohort from a draft that passed {@link CohortRules}. */
    public Cohort(CohortDraft draft, Team hostTeam) {
        apply(draft, hostTeam);
    }

    /** Takes over the values of a draft that passed {@link CohortRules}. */
    public void apply(CohortDraft draft, Team hostTeam) {
        this.name = draft.getName().strip();
        this.nameKey = Texts.sameNameKey(draft.getName());
        this.startDate = draft.getStartDate();
        this.endDate = draft.getEndDate();
        this.capacity = draft.getCapacity();
        this.hostTeam = hostTeam;
        this.cadence = draft.getCadence();
        this.kickoffDate = draft.getKickoffDate();
        this.midTermReviewDate = draft.getMidTermReviewDate();
        this.finalReviewDate = draft.getFinalReviewDate();
        this.description = Texts.trimToNull(draft.getDescription());
        this.state = draft.isDraft() ? CohortState.DRAFT : CohortState.SCHEDULED;
    }

    public void cancel(Instant now) {
        this.state = CohortState.CANCELLED;
        this.cancelledAt = now;
    }

    public CohortStatus statusOn(LocalDate today) {
        return CohortStatus.of(state, startDate, endDate, today);
    }

    /** The draft a form starts from when this cohort is edited. */
    public CohortDraft toDraft() {
        CohortDraft draft = new CohortDraft();
        draft.setName(name);
        draft.setStartDate(startDate);
        draft.setEndDate(endDate);
        draft.setCapacity(capacity);
        draft.setHostTeamId(hostTeam.getId());
        draft.setCadence(cadence);
        draft.setKickoffDate(kickoffDate);
        draft.setMidTermReviewDate(midTermReviewDate);
        draft.setFinalReviewDate(finalReviewDate);
        draft.setDescription(description);
        draft.setDraft(state == CohortState.DRAFT);
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getCapacity() {
        return capacity;
    }

    public Team getHostTeam() {
        return hostTeam;
    }

    public CheckInCadence getCadence() {
        return cadence;
    }

    public LocalDate getKickoffDate() {
        return kickoffDate;
    }

    public LocalDate getMidTermReviewDate() {
        return midTermReviewDate;
    }

    public LocalDate getFinalReviewDate() {
        return finalReviewDate;
    }

    public String getDescription() {
        return description;
    }

    public CohortState getState() {
        return state;
    }
}
