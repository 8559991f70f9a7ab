package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the retrospective, the final evaluation and the follow-up share: one per rotation, versioned,
 * a draft until submitted, and when it was last saved and first submitted.
 */
@MappedSuperclass
public abstract class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, unique = true)
    private Enrollment enrollment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Submission() {
    }

    Submission(Enrollment enrollment) {
        this.enrollment = enrollment;
        this.status = SubmissionStatus.DRAFT;
    }

    /** Notes a save; {@code submit} hands it in (the first submission's time is kept). */
    void saved(boolean submit, Instant now) {
        updatedAt = now;
        if (submit && status != SubmissionStatus.SUBMITTED) {
            status = SubmissionStatus.SUBMITTED;
            submittedAt = now;
        }
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

    public SubmissionStatus getStatus() {
        return status;
    }

    public boolean isSubmitted() {
        return status == SubmissionStatus.SUBMITTED;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
