package dev.ryugaku.core.task;

import dev.ryugaku.core.people.Person;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * プレモーテム: before risky work starts, imagine it failed — the scenario, its root causes, how
 * to prevent it, and how to roll back.
 */
@Entity
@Table(name = "pre_mortem")
public class PreMortem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, unique = true)
    private ImprovementTask task;

    @Column(name = "failure_scenario", nullable = false, length = 2000)
    private String failureScenario;

    @Column(name = "root_causes", nullable = false, length = 2000)
    private String rootCauses;

    @Column(nullable = false, length = 2000)
    private String prevention;

    @Column(name = "rollback_procedure", nullable = false, length = 2000)
    private String rollbackProcedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PreMortemStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by")
    private Person reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    protected PreMortem() {
    }

    PreMortem(ImprovementTask task, Person author) {
        this.task = task;
        this.author = author;
        this.status = PreMortemStatus.DRAFT;
    }

    void write(PreMortemDraft draft) {
        this.failureScenario = draft.failureScenario().strip();
        this.rootCauses = draft.rootCauses().strip();
        this.prevention = draft.prevention().strip();
        this.rollbackProcedure = draft.rollbackProcedure().strip();
    }

    void submit(Instant now) {
        this.status = PreMortemStatus.SUBMITTED;
        this.submittedAt = now;
    }

    void approve(Person reviewer, Instant now) {
        this.status = PreMortemStatus.APPROVED;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.reviewComment = null;
    }

    void sendBack(Person reviewer, Instant now, String comment) {
        this.status = PreMortemStatus.SENT_BACK;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.reviewComment = comment.strip();
    }

    public PreMortemDraft toDraft() {
        return new PreMortemDraft(failureScenario, rootCauses, prevention, rollbackProcedure);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ImprovementTask getTask() {
        return task;
    }

    public PreMortemStatus getStatus() {
        return status;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Person getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
