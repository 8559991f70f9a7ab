package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ふりかえり: from two weeks before the rotation ends, its participant writes the retrospective,
 * saves drafts and submits it; the mentors read what was submitted except what is not for them,
 * owners read all of it. Also the end of a rotation at a glance, for its page.
 */
@Service
public class RetrospectiveService {

    static final String RECORD_TYPE = "Retrospective";

    private final RetrospectiveRepository retrospectives;
    private final FinalEvaluationRepository evaluations;
    private final FollowUpRepository followUps;
    private final EnrollmentRepository enrollments;
    private final CurrentActor currentActor;
    private final RotationAccess rotations;
    private final Clock clock;

    public RetrospectiveService(RetrospectiveRepository retrospectives, FinalEvaluationRepository evaluations,
                                FollowUpRepository followUps, EnrollmentRepository enrollments, CurrentActor currentActor, RotationAccess rotations,
                                Clock clock) {
        this.retrospectives = retrospectives;
        this.evaluations = evaluations;
        this.followUps = followUps;
        this.enrollments = enrollments;
        this.currentActor = currentActor;
        this.rotations = rotations;
        this.clock = clock;
    }

    /** The retrospective as the actor may see it; to anyone outside the rotation it does not exist. */
    @Transactional(readOnly = true)
    public RetrospectiveSheet get(long enrollmentId) {
        Rotations.Visit visit = Rotations.visit(rotations, currentActor.get(), enrollmentId, "read", RECORD_TYPE);
        RetrospectiveAccess access = visit.access();
        Optional<Retrospective> stored = retrospectives.findByEnrollment(enrollmentId);
        SubmissionStatus status = stored.map(Retrospective::getStatus).orElse(null);
        boolean readable = access.readsRetrospective(status);
        RetrospectiveDraft content = null;
        if (readable) {
            RetrospectiveDraft all = stored.map(Retrospective::toDraft).orElse(RetrospectiveDraft.empty());
            content = new RetrospectiveDraft(all.learned(), all.hardest(), all.keep(), all.problem(), all.tryNext(),
                    access.readsProgramFeedback() ? all.programFeedback() : null,
                    access.readsMentorComments(all.shareWithMentor()) ? all.mentorComments() : null,
                    all.shareWithMentor(), access.readsRecommendScore() ? all.recommendScore() : null);
        }
        Enrollment rotation = visit.rotation();
        boolean open = RetrospectiveWindow.isOpen(rotation.getStatus(), visit.end(), visit.actor().today(clock));
        return new RetrospectiveSheet(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getName(),
                visit.end(), RetrospectiveWindow.opensOn(visit.end()), open, open && access.writesRetrospective(),
                Rotations.known(status, readable), stored.map(Retrospective::getVersion).orElse(null),
                readable ? stored.map(Retrospective::getSubmittedAt).orElse(null) : null, content,
                readable && content != null && access.readsMentorComments(content.shareWithMentor()),
                readable && access.readsProgramFeedback(), readable && access.readsRecommendScore());
    }

    /**
     * The participant saves their retrospective, and with {@code submit} hands it in. A submitted
     * one can still be corrected; it stays submitted and is checked as a submission.
     *
     * @param expectedVersion the version read, null when nothing was saved then
     */
    @Transactional
    public void write(long enrollmentId, Long expectedVersion, RetrospectiveDraft draft, boolean submit) {
        Rotations.Visit visit = Rotations.visit(rotations, currentActor.get(), enrollmentId, "write", RECORD_TYPE);
        Rotations.requireWriter(visit, visit.access().writesRetrospective(), RECORD_TYPE);
        Rotations.requireWindowOpen(visit.rotation(), visit.actor().today(clock));
        Optional<Retrospective> stored = retrospectives.findByEnrollment(enrollmentId);
        boolean submitting = Rotations.submitting(stored.orElse(null), expectedVersion, submit, RECORD_TYPE, enrollmentId);
        InvalidInputException.throwIfAny(RetrospectiveRules.checkRetrospective(draft, submitting));
        Retrospective retrospective = stored.orElseGet(() -> new Retrospective(visit.rotation()));
        retrospective.write(draft, submitting, clock.instant());
        if (stored.isEmpty()) {
            retrospectives.save(retrospective);
        }
    }

    /** Where the rotation's retrospective, evaluation and follow-up stand, as far as the actor may know. */
    @Transactional(readOnly = true)
    public RetrospectiveOverview overview(long enrollmentId) {
        Rotations.Visit visit = Rotations.visit(rotations, currentActor.get(), enrollmentId, "read", RECORD_TYPE);
        RetrospectiveAccess access = visit.access();
        Enrollment rotation = visit.rotation();
        List<Long> ids = List.of(enrollmentId);
        SubmissionStatus retrospective = Rotations.byEnrollment(retrospectives.findStates(ids)).get(enrollmentId);
        SubmissionStatus evaluation = Rotations.byEnrollment(evaluations.findStates(ids)).get(enrollmentId);
        boolean followUpShown = access.seesFollowUp() && FollowUpSchedule.isOpen(rotation.getStatus());
        SubmissionStatus followUp = followUpShown
                ? Rotations.byEnrollment(followUps.findStates(ids)).get(enrollmentId) : null;
        LocalDate end = visit.end();
        return new RetrospectiveOverview(enrollmentId, RetrospectiveWindow.applies(rotation.getStatus()),
                RetrospectiveWindow.opensOn(end),
                RetrospectiveWindow.isOpen(rotation.getStatus(), end, visit.actor().today(clock)),
                Rotations.known(retrospective, access.readsRetrospective(retrospective)),
                Rotations.known(evaluation, access.readsEvaluation(evaluation)), followUpShown,
                Rotations.known(followUp, access.readsFollowUp(followUp)), FollowUpSchedule.dueOn(end));
    }

    /** For the participant's home: their rotations whose retrospective can be written and is not submitted yet. */
    @Transactional(readOnly = true)
    public List<WritingDue> myRetrospectivesToWrite() {
        Actor actor = currentActor.get();
        LocalDate today = actor.today(clock);
        List<EnrollmentSummary> mine = enrollments.findSummariesByParticipant(actor.personId()).stream()
                .filter(e -> RetrospectiveWindow.isOpen(e.status(), e.endDate(), today)).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, SubmissionStatus> states = Rotations.byEnrollment(
                retrospectives.findStates(mine.stream().map(EnrollmentSummary::id).toList()));
        return mine.stream().filter(e -> states.get(e.id()) != SubmissionStatus.SUBMITTED)
                .map(e -> new WritingDue(e.id(), e.personName(), e.cohortName(), e.endDate(), states.get(e.id())))
                .toList();
    }
}
