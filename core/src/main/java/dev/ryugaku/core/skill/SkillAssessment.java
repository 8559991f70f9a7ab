package dev.ryugaku.core.skill;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * スキル評価: one side's ratings of a rotation's skills at one phase — the participant's own, or
 * the mentors'. A draft changes until it is submitted; a submitted assessment is final.
 */
@Entity
@Table(name = "skill_assessment")
public class SkillAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssessmentPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssessmentSide side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssessmentStatus status;

    /** Who saved it last: the participant, or the mentor who wrote the mentors' assessment. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Level and comment by skill area id. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "skill_rating", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "skill_area_id")
    private Map<Long, SkillRating> ratings = new HashMap<>();

    protected SkillAssessment() {
    }

    public SkillAssessment(Enrollment enrollment, AssessmentPhase phase, AssessmentSide side) {
        this.enrollment = enrollment;
        this.phase = phase;
        this.side = side;
        this.status = AssessmentStatus.DRAFT;
    }

    /** Replaces the ratings with the given ones; the caller has checked them against the rules. */
    void write(Map<Long, SkillRating> newRatings, Person author, Instant at) {
        if (status == AssessmentStatus.SUBMITTED) {
            throw new IllegalStateException("a submitted assessment is final");
        }
        ratings.keySet().retainAll(newRatings.keySet());
        newRatings.forEach((skill, rating) -> {
            SkillRating old = ratings.get(skill);
            if (old == null || old.getLevel() != rating.getLevel()
                    || !java.util.Objects.equals(old.getComment(), rating.getComment())) {
                ratings.put(skill, rating);
            }
        });
        this.author = author;
        this.updatedAt = at;
    }

    void submit(Instant at) {
        this.status = AssessmentStatus.SUBMITTED;
        this.submittedAt = at;
    }

    public boolean isSubmitted() {
        return status == AssessmentStatus.SUBMITTED;
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

    public AssessmentPhase getPhase() {
        return phase;
    }

    public AssessmentSide getSide() {
        return side;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Map<Long, SkillRating> getRatings() {
        return Collections.unmodifiableMap(ratings);
    }
}
