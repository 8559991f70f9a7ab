package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 最終評価: in the same window as the retrospective, a mentor of the rotation writes the final
 * evaluation — summary, strengths, next steps, readiness for on-call — and submits it; the
 * participant and owners read it once submitted.
 */
@Service
public class EvaluationService {

    static final String RECORD_TYPE = "FinalEvaluation";

    private final FinalEvaluationRepository evaluations;
    private final EnrollmentRepository enrollments;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final RotationAccess rotations;
    private final Clock clock;

    public EvaluationService(FinalEvaluationRepository evaluations, EnrollmentRepository enrollments,
                             PersonRepository people, CurrentActor currentActor, RotationAccess rotations, Clock clock) {
        this.evaluations = evaluations;
        this.enrollments = enrollments;
        this.people = people;
        this.currentActor = currentActor;
        this.rotations = rotations;
        this.clock = clock;
    }

    /** The final evaluation as the actor may see it; to anyone outside the rotation it does not exist. */
    @Transactional(readOnly = true)
    public EvaluationSheet get(long enrollmentId) {
        Rotations.Visit visit = Rotations.visit(rotations, currentActor.get(), enrollmentId, "read", RECORD_TYPE);
        Optional<FinalEvaluation> stored = evaluations.findByEnrollment(enrollmentId);
        SubmissionStatus status = stored.map(FinalEvaluation::getStatus).orElse(null);
        boolean readable = visit.access().readsEvaluation(status);
        Enrollment rotation = visit.rotation();
        boolean open = RetrospectiveWindow.isOpen(rotation.getStatus(), visit.end(), visit.actor().today(clock));
        return new EvaluationSheet(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getName(),
                visit.end(), RetrospectiveWindow.opensOn(visit.end()), open, open && visit.access().writesEvaluation(),
                Rotations.known(status, readable), stored.map(FinalEvaluation::getVersion).orElse(null),
                readable ? stored.map(FinalEvaluation::getSubmittedAt).orElse(null) : null,
                readable ? stored.map(e -> e.getWrittenBy().getDisplayName()).orElse(null) : null,
                readable ? stored.map(FinalEvaluation::toDraft).orElse(EvaluationDraft.empty()) : null);
    }

    /**
     * A mentor of the rotation saves the final evaluation, and with {@code submit} hands it in. A
     * submitted one can still be corrected; it stays submitted and is checked as a submission.
     *
     * @param expectedVersion the version read, null when nothing was saved then
     */
    @Transactional
    public void write(long enrollmentId, Long expectedVersion, EvaluationDraft draft, boolean submit) {
        Rotations.Visit visit = Rotations.visit(rotations, currentActor.get(), enrollmentId, "write", RECORD_TYPE);
        Rotations.requireWriter(visit, visit.access().writesEvaluation(), RECORD_TYPE);
        Rotations.requireWindowOpen(visit.rotation(), visit.actor().today(clock));
        Optional<FinalEvaluation> stored = evaluations.findByEnrollment(enrollmentId);
        boolean submitting = Rotations.submitting(stored.orElse(null), expectedVersion, submit, RECORD_TYPE, enrollmentId);
        InvalidInputException.throwIfAny(RetrospectiveRules.checkEvaluation(draft, submitting));
        Person mentor = people.findById(visit.actor().personId()).orElseThrow();
        FinalEvaluation evaluation = stored.orElseGet(() -> new FinalEvaluation(visit.rotation()));
        evaluation.write(draft, mentor, submitting, clock.instant());
        if (stored.isEmpty()) {
            evaluations.save(evaluation);
        }
    }

    /** For the mentor's home: mentees whose final evaluation can be written and is not submitted yet, soonest ending first. */
    @Transactional(readOnly = true)
    public List<WritingDue> myEvaluationsToWrite() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        LocalDate today = actor.today(clock);
        List<EnrollmentSummary> mentees = enrollments.findSummariesByMentor(actor.personId(),
                        List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED)).stream()
                .filter(e -> RetrospectiveWindow.isOpen(e.status(), e.endDate(), today)).toList();
        if (mentees.isEmpty()) {
            return List.of();
        }
        Map<Long, SubmissionStatus> states = Rotations.byEnrollment(
                evaluations.findStates(mentees.stream().map(EnrollmentSummary::id).toList()));
        return mentees.stream().filter(e -> states.get(e.id()) != SubmissionStatus.SUBMITTED)
                .map(e -> new WritingDue(e.id(), e.personName(), e.cohortName(), e.endDate(), states.get(e.id())))
                .toList();
    }
}
