package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** ふりかえり: the participant looks back on their rotation; a draft until they submit it. */
@Entity
@Table(name = "retrospective")
public class Retrospective extends Submission {

    @Column(length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String learned;

    @Column(length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String hardest;

    @Column(name = "keep_text", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String keep;

    @Column(name = "problem_text", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String problem;

    @Column(name = "try_text", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String tryNext;

    @Column(name = "program_feedback", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String programFeedback;

    @Column(name = "mentor_comments", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String mentorComments;

    @Column(name = "share_with_mentor", nullable = false)
    private boolean shareWithMentor;

    @Column(name = "recommend_score")
    private Integer recommendScore;

    protected Retrospective() {
    }

    Retrospective(Enrollment enrollment) {
        super(enrollment);
    }

    /** Takes over what was written (checked by {@link RetrospectiveRules}); {@code submit} hands it in. */
    void write(RetrospectiveDraft draft, boolean submit, Instant now) {
        learned = Texts.trimToNull(draft.learned());
        hardest = Texts.trimToNull(draft.hardest());
        keep = Texts.trimToNull(draft.keep());
        problem = Texts.trimToNull(draft.problem());
        tryNext = Texts.trimToNull(draft.tryNext());
        programFeedback = Texts.trimToNull(draft.programFeedback());
        mentorComments = Texts.trimToNull(draft.mentorComments());
        shareWithMentor = draft.shareWithMentor();
        recommendScore = draft.recommendScore();
        saved(submit, now);
    }

    public RetrospectiveDraft toDraft() {
        return new RetrospectiveDraft(learned, hardest, keep, problem, tryNext, programFeedback, mentorComments,
                shareWithMentor, recommendScore);
    }
}
