package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** 最終評価: a mentor's evaluation at the end of a rotation, with readiness for on-call. */
@Entity
@Table(name = "final_evaluation")
public class FinalEvaluation extends Submission {

    /** The mentor who saved it last (either of the rotation's mentors may). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "written_by", nullable = false)
    private Person writtenBy;

    @Column(length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String summary;

    @Column(length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String strengths;

    @Column(name = "next_steps", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String nextSteps;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OnCallReadiness readiness;

    protected FinalEvaluation() {
    }

    FinalEvaluation(Enrollment enrollment) {
        super(enrollment);
    }

    void write(EvaluationDraft draft, Person mentor, boolean submit, Instant now) {
        summary = Texts.trimToNull(draft.summary());
        strengths = Texts.trimToNull(draft.strengths());
        nextSteps = Texts.trimToNull(draft.nextSteps());
        readiness = draft.readiness();
        writtenBy = mentor;
        saved(submit, now);
    }

    public EvaluationDraft toDraft() {
        return new EvaluationDraft(summary, strengths, nextSteps, readiness);
    }

    public Person getWrittenBy() {
        return writtenBy;
    }
}
