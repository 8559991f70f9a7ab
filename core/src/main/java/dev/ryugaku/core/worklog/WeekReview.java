package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A mentor looked at a mentee's week; from then on its entries are read-only. */
@Entity
@Table(name = "work_week_review")
public class WeekReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    /** The Monday of the ISO week. */
    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewed_by", nullable = false)
    private Person reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(length = 1000)
    private String comment;

    protected WeekReview() {
    }

    WeekReview(Enrollment enrollment, LocalDate weekStart, Person reviewedBy, Instant reviewedAt, String comment) {
        this.enrollment = enrollment;
        this.weekStart = weekStart;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public Person getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getComment() {
        return comment;
    }
}
