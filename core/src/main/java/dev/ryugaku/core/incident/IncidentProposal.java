package dev.ryugaku.core.incident;

import dev.ryugaku.core.worklog.IncidentRole;
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

/**
 * A work-log entry proposed to a participant for an incident they took part in. It stays out of
 * the log until they accept it; the highest role and the earliest part any event suggested win.
 */
@Entity
@Table(name = "incident_proposal")
public class IncidentProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id")
    private Incident incident;

    @Column(name = "enrollment_id", nullable = false)
    private long enrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_role", nullable = false, length = 20)
    private IncidentRole suggestedRole;

    @Column(name = "involved_at", nullable = false)
    private Instant involvedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "work_log_entry_id")
    private Long workLogEntryId;

    protected IncidentProposal() {
    }

    IncidentProposal(Incident incident, long enrollmentId, IncidentRole role, Instant involvedAt) {
        this.incident = incident;
        this.enrollmentId = enrollmentId;
        this.suggestedRole = role;
        this.involvedAt = involvedAt;
        this.status = ProposalStatus.PROPOSED;
    }

    void merge(IncidentRole role, Instant at) {
        suggestedRole = IncidentEvents.higher(suggestedRole, role);
        involvedAt = IncidentEvents.earlier(involvedAt, at);
    }

    void accept(Instant now, long entryId) {
        status = ProposalStatus.ACCEPTED;
        decidedAt = now;
        workLogEntryId = entryId;
    }

    void dismiss(Instant now) {
        status = ProposalStatus.DISMISSED;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Incident getIncident() {
        return incident;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public IncidentRole getSuggestedRole() {
        return suggestedRole;
    }

    public Instant getInvolvedAt() {
        return involvedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Long getWorkLogEntryId() {
        return workLogEntryId;
    }
}
