package dev.ryugaku.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 監査ログ: who did what to which record, and when. Written, never edited. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(name = "record_type", nullable = false, length = 50)
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The fields that changed, encoded by {@link FieldChange}. */
    @Column(length = 4000)
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Long actorId, String action, String recordType, Long recordId, Instant occurredAt,
                      String details) {
        this.actorId = actorId;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.occurredAt = occurredAt;
        this.details = details;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetails() {
        return details;
    }
}
