package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records submitted retrospectives, final evaluations and follow-ups as they already are, with the
 * time they were submitted: for the demo program and data loading. It bypasses the services'
 * windows and rights on purpose and no screen reaches it.
 */
@Component
public class RetrospectiveImport {

    private final RetrospectiveRepository retrospectives;
    private final FinalEvaluationRepository evaluations;
    private final FollowUpRepository followUps;

    public RetrospectiveImport(RetrospectiveRepository retrospectives, FinalEvaluationRepository evaluations,
                               FollowUpRepository followUps) {
        this.retrospectives = retrospectives;
        this.evaluations = evaluations;
        this.followUps = followUps;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void submittedRetrospective(Enrollment rotation, RetrospectiveDraft draft, Instant submittedAt) {
        Retrospective retrospective = new Retrospective(rotation);
        retrospective.write(draft, true, submittedAt);
        retrospectives.save(retrospective);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void submittedEvaluation(Enrollment rotation, Person mentor, EvaluationDraft draft, Instant submittedAt) {
        FinalEvaluation evaluation = new FinalEvaluation(rotation);
        evaluation.write(draft, mentor, true, submittedAt);
        evaluations.save(evaluation);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void submittedFollowUp(Enrollment rotation, FollowUpDraft draft, Instant submittedAt) {
        FollowUp followUp = new FollowUp(rotation);
        followUp.write(draft, true, submittedAt);
        followUps.save(followUp);
    }
}
