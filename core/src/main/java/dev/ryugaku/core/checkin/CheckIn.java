package dev.ryugaku.core.checkin;

import dev.ryugaku.core.enrollment.Enrollment;
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

/** A talk between a participant and their mentor (1on1 / チェックイン). */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CheckInStatus status;

    /** Added or moved by the mentor by hand: re-planning leaves it alone. */
    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "held_at")
    private Instant heldAt;

    private Integer progress;

    @Column(name = "well_being")
    private Integer wellBeing;

    private Integer confidence;

    @Column(length = 4000)
    private String summary;

    @Column(name = "private_notes", length = 4000)
    private String privateNotes;

    @Column(length = 2000)
    private String blockers;

    @Column(name = "participant_note", length = 1000)
    private String participantNote;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    protected CheckIn() {
    }

    CheckIn(Enrollment enrollment, Instant scheduledAt, boolean pinned) {
        this.enrollment = enrollment;
        this.scheduledAt = scheduledAt;
        this.status = CheckInStatus.SCHEDULED;
        this.pinned = pinned;
    }

    /** As re-planning sees it: a check-in someone has written into is kept like a hand-placed one. */
    CheckInSchedule.Planned planned(boolean hasActionItems) {
        return new CheckInSchedule.Planned(id, scheduledAt, status, pinned || hasActionItems || participantNote != null);
    }

    /** Held now, or corrected later: the ratings and texts replace what was there. */
    void record(CheckInRecord record, Instant now) {
        if (status != CheckInStatus.HELD) {
            heldAt = now;
        }
        status = CheckInStatus.HELD;
        progress = record.progress();
        wellBeing = record.wellBeing();
        confidence = record.confidence();
        summary = Texts.trimToNull(record.summary());
        privateNotes = Texts.trimToNull(record.privateNotes());
        blockers = Texts.trimToNull(record.blockers());
    }

    /** Moved by hand: scheduled again at the new time, and left alone by re-planning. */
    void reschedule(Instant time) {
        scheduledAt = time;
        status = CheckInStatus.SCHEDULED;
        pinned = true;
    }

    void markMissed() {
        status = CheckInStatus.MISSED;
    }

    void cancel(String reason) {
        status = CheckInStatus.CANCELLED;
        cancelReason = Texts.trimToNull(reason);
        pinned = true;
    }

    void writeParticipantNote(String note) {
        participantNote = Texts.trimToNull(note);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public CheckInStatus getStatus() {
        return status;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Integer getProgress() {
        return progress;
    }

    public Integer getWellBeing() {
        return wellBeing;
    }

    public Integer getConfidence() {
        return confidence;
    }

    public String getSummary() {
        return summary;
    }

    public String getPrivateNotes() {
        return privateNotes;
    }

    public String getBlockers() {
        return blockers;
    }

    public String getParticipantNote() {
        return participantNote;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
