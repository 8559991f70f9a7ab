package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * フォローアップ: the graduate tells the program owners what they brought back to their home team
 * and how the rotation changed their work. Open from graduation on; asked for
 * {@value FollowUpSchedule#DAYS_AFTER_END} days after the rotation ended. Addressed to the owners:
 * mentors do not see it.
 */
@Service
public class FollowUpService {

    static final String RECORD_TYPE = "FollowUp";

    private final FollowUpRepository followUps;
    private final EnrollmentRepository enrollments;
    private final CurrentActor currentActor;
    private final RotationAccess rotations;
    private final Clock clock;

    public FollowUpService(FollowUpRepository followUps, EnrollmentRepository enrollments, CurrentActor currentActor,
                           RotationAccess rotations, Clock clock) {
        this.followUps = followUps;
        this.enrollments = enrollments;
        this.currentActor = currentActor;
        this.rotations = rotations;
        this.clock = clock;
    }

    /** The follow-up, to the graduate and owners; to anyone else (mentors too) it does not exist. */
    @Transactional(readOnly = true)
    public FollowUpSheet get(long enrollmentId) {
        Rotations.Visit visit = visit(enrollmentId, "read");
        Optional<FollowUp> stored = followUps.findByEnrollment(enrollmentId);
        SubmissionStatus status = stored.map(FollowUp::getStatus).orElse(null);
        boolean readable = visit.access().readsFollowUp(status);
        Enrollment rotation = visit.rotation();
        boolean open = FollowUpSchedule.isOpen(rotation.getStatus());
        return new FollowUpSheet(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getName(),
                visit.end(), FollowUpSchedule.dueOn(visit.end()), open, open && visit.access().writesFollowUp(),
                Rotations.known(status, readable),
                stored.map(FollowUp::getVersion).orElse(null),
                readable ? stored.map(FollowUp::getSubmittedAt).orElse(null) : null,
                readable ? stored.map(FollowUp::toDraft).orElse(FollowUpDraft.empty()) : null);
    }

    /**
     * The graduate saves their follow-up, and with {@code submit} hands it in. A submitted one can
     * still be added to; it stays submitted and is checked as a submission.
     *
     * @param expectedVersion the version read, null when nothing was saved then
     */
    @Transactional
    public void write(long enrollmentId, Long expectedVersion, FollowUpDraft draft, boolean submit) {
        Rotations.Visit visit = visit(enrollmentId, "write");
        Rotations.requireWriter(visit, visit.access().writesFollowUp(), RECORD_TYPE);
        if (!FollowUpSchedule.isOpen(visit.rotation().getStatus())) {
            throw new InvalidInputException(List.of(Violation.of("", RetrospectiveProblem.NOT_GRADUATED)));
        }
        Optional<FollowUp> stored = followUps.findByEnrollment(enrollmentId);
        boolean submitting = Rotations.submitting(stored.orElse(null), expectedVersion, submit, RECORD_TYPE, enrollmentId);
        InvalidInputException.throwIfAny(RetrospectiveRules.checkFollowUp(draft, submitting));
        FollowUp followUp = stored.orElseGet(() -> new FollowUp(visit.rotation()));
        followUp.write(draft, submitting, clock.instant());
        if (stored.isEmpty()) {
            followUps.save(followUp);
        }
    }

    /** For the graduate's home: follow-ups that are due and not submitted yet. */
    @Transactional(readOnly = true)
    public List<WritingDue> myFollowUpsDue() {
        Actor actor = currentActor.get();
        LocalDate today = actor.today(clock);
        List<EnrollmentSummary> graduated = enrollments.findSummariesByParticipant(actor.personId()).stream()
                .filter(e -> FollowUpSchedule.isDue(e.status(), e.endDate(), today, false)).toList();
        if (graduated.isEmpty()) {
            return List.of();
        }
        Map<Long, SubmissionStatus> states = Rotations.byEnrollment(
                followUps.findStates(graduated.stream().map(EnrollmentSummary::id).toList()));
        return graduated.stream().filter(e -> states.get(e.id()) != SubmissionStatus.SUBMITTED)
                .map(e -> new WritingDue(e.id(), e.personName(), e.cohortName(), FollowUpSchedule.dueOn(e.endDate()),
                        states.get(e.id())))
                .toList();
    }

    /** Only the graduate and owners know the follow-up exists; the rotation's mentors are told it does not. */
    private Rotations.Visit visit(long enrollmentId, String action) {
        Rotations.Visit visit = Rotations.visit(rotations, currentActor.get(), enrollmentId, action, RECORD_TYPE);
        if (!visit.access().seesFollowUp()) {
            throw AccessDenials.hidden(visit.actor(), action, RECORD_TYPE, enrollmentId);
        }
        return visit;
    }
}
