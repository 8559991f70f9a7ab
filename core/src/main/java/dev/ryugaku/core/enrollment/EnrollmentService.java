package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.cohort.CohortState;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.ListOrder;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 留学: program owners enroll people in cohorts with their mentors and move enrollments along;
 * a participant sees only their own enrollment, a mentor only their mentees'. Every call decides
 * on the record at hand.
 */
@Service
public class EnrollmentService {

    public static final String RECORD_TYPE = RotationAccess.RECORD_TYPE;

    /** What a cohort's enrollments may be sorted by: fields of {@link EnrollmentSummary}. By name otherwise and on ties. */
    public static final ListOrder ORDER = ListOrder.of("personName", "p.displayName", "primaryMentorName", "m1.displayName",
            "secondaryMentorName", "m2.displayName", "status", "e.status");

    private final EnrollmentRepository enrollments;
    private final CohortRepository cohorts;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentActor currentActor;
    private final RotationAccess access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public EnrollmentService(EnrollmentRepository enrollments, CohortRepository cohorts, PersonRepository people,
                             TeamRepository teams, CurrentActor currentActor, RotationAccess access, AuditLog auditLog,
                             Clock clock, ApplicationEventPublisher events) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.people = people;
        this.teams = teams;
        this.currentActor = currentActor;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    // ---- reading ----

    /** One enrollment, to its participant, its mentors and program owners; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    public EnrollmentDetails get(long id) {
        Actor actor = currentActor.get();
        Enrollment enrollment = access.visible(actor, id, "read");
        return details(enrollment, actor.isOwner());
    }

    /** The cohort's enrollments the actor may see: all for owners, else their own and their mentees'. */
    @Transactional(readOnly = true)
    public List<EnrollmentSummary> listForCohort(long cohortId) {
        return listForCohort(cohortId, Sort.unsorted());
    }

    /**
     * {@link #listForCohort(long)} in this order ({@link #ORDER}), then by name.
     *
     * @throws dev.ryugaku.core.shared.UnknownSortException for a sort the list does not offer
     */
    @Transactional(readOnly = true)
    public List<EnrollmentSummary> listForCohort(long cohortId, Sort sort) {
        Actor actor = currentActor.get();
        return enrollments.findSummariesByCohort(cohortId, actor.isOwner() ? null : actor.personId(), ORDER.resolve(sort));
    }

    /** The actor's own enrollments as participant, latest first. */
    @Transactional(readOnly = true)
    public List<EnrollmentSummary> myEnrollments() {
        Actor actor = currentActor.get();
        return enrollments.findSummariesByParticipant(actor.personId());
    }

    /** The participant's current rotation: the active one, else the next planned one. */
    @Transactional(readOnly = true)
    public Optional<EnrollmentDetails> myRotation() {
        Actor actor = currentActor.get();
        List<EnrollmentSummary> mine = enrollments.findSummariesByParticipant(actor.personId());
        return mine.stream().filter(e -> e.status() == EnrollmentStatus.ACTIVE).findFirst()
                .or(() -> mine.stream().filter(e -> e.status() == EnrollmentStatus.PLANNED)
                        .min((a, b) -> a.startDate().compareTo(b.startDate())))
                .map(summary -> enrollments.findDetailedById(summary.id()).orElseThrow())
                .filter(enrollment -> enrollment.getCohort().getState() != CohortState.CANCELLED)
                .map(enrollment -> details(enrollment, actor.isOwner()));
    }

    /** The actor's active mentees, soonest to finish first. */
    @Transactional(readOnly = true)
    public List<EnrollmentSummary> myMentees() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        return enrollments.findSummariesByMentor(actor.personId(), List.of(EnrollmentStatus.ACTIVE));
    }

    /** Mentors to choose from, with their current load; owners only. */
    @Transactional(readOnly = true)
    public List<MentorOption> mentorOptions() {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return enrollments.findMentorOptions();
    }

    /** People who can be enrolled; owners only. */
    @Transactional(readOnly = true)
    public List<ParticipantOption> participantOptions() {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return enrollments.findParticipantOptions();
    }

    /** The mentors of the cohorts' current enrollments; owners only. */
    @Transactional(readOnly = true)
    public List<CohortMentor> mentorsOf(List<Long> cohortIds) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return cohortIds.isEmpty() ? List.of() : enrollments.findMentorsOfCohorts(cohortIds);
    }

    @Transactional(readOnly = true)
    public EnrollmentEdit openForEdit(long id) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        Enrollment enrollment = find(id);
        return new EnrollmentEdit(id, enrollment.getVersion(), enrollment.getPerson().getDisplayName(),
                enrollment.getCohort().getName(), enrollment.toDraft());
    }

    // ---- writing: program owners ----

    @Transactional
    public long enroll(EnrollmentDraft draft) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Checked checked = check(actor, draft, null);
        Enrollment enrollment = new Enrollment(checked.person(), checked.cohort(), checked.homeTeam(),
                checked.primaryMentor(), checked.secondaryMentor(), null, EnrollmentStatus.PLANNED);
        enrollment.apply(draft, checked.homeTeam(), checked.primaryMentor(), checked.secondaryMentor());
        enrollments.save(enrollment);
        auditLog.record(actor, "ENROLLMENT_CREATED", RECORD_TYPE, enrollment.getId(),
                changes(new EnrollmentDraft(), draft).compare("person", null, checked.person().getDisplayName())
                        .compare("cohort", null, checked.cohort().getName()).changes());
        return enrollment.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, EnrollmentDraft draft) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Enrollment enrollment = find(id);
        Versions.require(enrollment.getVersion(), expectedVersion, RECORD_TYPE, id);
        draft.setPersonId(enrollment.getPerson().getId());
        draft.setCohortId(enrollment.getCohort().getId());
        Checked checked = check(actor, draft, enrollment);
        List<FieldChange> changes = changes(enrollment.toDraft(), draft).changes();
        enrollment.apply(draft, checked.homeTeam(), checked.primaryMentor(), checked.secondaryMentor());
        auditLog.record(actor, "ENROLLMENT_UPDATED", RECORD_TYPE, id, changes);
        events.publishEvent(new EnrollmentUpdated(id));
    }

    @Transactional
    public void activate(long id, long expectedVersion) {
        moveTo(id, expectedVersion, EnrollmentStatus.ACTIVE);
    }

    @Transactional
    public void graduate(long id, long expectedVersion) {
        moveTo(id, expectedVersion, EnrollmentStatus.GRADUATED);
    }

    @Transactional
    public void withdraw(long id, long expectedVersion, String reason) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Enrollment enrollment = find(id);
        Versions.require(enrollment.getVersion(), expectedVersion, RECORD_TYPE, id);
        List<Violation> problems = new ArrayList<>(EnrollmentRules.checkWithdrawalReason(reason));
        if (!enrollment.getStatus().canMoveTo(EnrollmentStatus.WITHDRAWN)) {
            problems.add(Violation.of("", EnrollmentProblem.STATUS_CHANGE_NOT_ALLOWED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EnrollmentStatus before = enrollment.getStatus();
        enrollment.withdraw(reason);
        auditLog.record(actor, "ENROLLMENT_WITHDRAWN", RECORD_TYPE, id, new FieldChange.Collector()
                .compare("status", before, EnrollmentStatus.WITHDRAWN)
                .compare("withdrawalReason", null, enrollment.getWithdrawalReason()).changes());
    }

    private void moveTo(long id, long expectedVersion, EnrollmentStatus next) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Enrollment enrollment = find(id);
        Versions.require(enrollment.getVersion(), expectedVersion, RECORD_TYPE, id);
        EnrollmentStatus before = enrollment.getStatus();
        if (!before.canMoveTo(next)) {
            throw new InvalidInputException(List.of(Violation.of("", EnrollmentProblem.STATUS_CHANGE_NOT_ALLOWED)));
        }
        enrollment.moveTo(next);
        auditLog.record(actor, "ENROLLMENT_STATUS_CHANGED", RECORD_TYPE, id,
                new FieldChange.Collector().compare("status", before, next).changes());
        if (next == EnrollmentStatus.ACTIVE) {
            events.publishEvent(new EnrollmentActivated(id));
        } else if (next == EnrollmentStatus.GRADUATED) {
            events.publishEvent(new EnrollmentGraduated(id));
        }
    }

    // ---- rules that need other records ----

    private record Checked(Person person, Cohort cohort, Team homeTeam, Person primaryMentor, Person secondaryMentor) {
    }

    private Checked check(Actor actor, EnrollmentDraft draft, Enrollment existing) {
        List<Violation> violations = new ArrayList<>(EnrollmentRules.checkChoices(draft));
        Person person = draft.getPersonId() == null ? null : people.findById(draft.getPersonId()).orElse(null);
        if (person != null && existing == null) {
            if (!person.has(Role.PARTICIPANT)) {
                violations.add(Violation.of("personId", EnrollmentProblem.PERSON_NOT_PARTICIPANT));
            } else if (!person.isActive()) {
                violations.add(Violation.of("personId", EnrollmentProblem.PERSON_INACTIVE));
            }
        } else if (person == null && draft.getPersonId() != null) {
            violations.add(Violation.of("personId", EnrollmentProblem.PERSON_REQUIRED));
        }
        Person primary = mentor(draft.getPrimaryMentorId(), draft.getPersonId(), "primaryMentorId", violations);
        Person secondary = mentor(draft.getSecondaryMentorId(), draft.getPersonId(), "secondaryMentorId", violations);

        Cohort cohort = draft.getCohortId() == null ? null : cohorts.findForUpdate(draft.getCohortId()).orElse(null);
        if (cohort == null && draft.getCohortId() != null) {
            violations.add(Violation.of("cohortId", EnrollmentProblem.COHORT_REQUIRED));
        }
        if (cohort != null) {
            CohortStatus status = cohort.statusOn(actor.today(clock));
            if (status == CohortStatus.CANCELLED || status == CohortStatus.COMPLETED) {
                violations.add(Violation.of("cohortId", EnrollmentProblem.COHORT_CLOSED));
            } else if (existing == null && person != null
                    && enrollments.existsByPersonIdAndCohortId(person.getId(), cohort.getId())) {
                violations.add(Violation.of("cohortId", EnrollmentProblem.ALREADY_IN_COHORT, cohort.getName()));
            } else if (existing == null && cohorts.countEnrolled(cohort.getId()) >= cohort.getCapacity()) {
                violations.add(Violation.of("cohortId", EnrollmentProblem.COHORT_FULL, cohort.getCapacity()));
            }
            List<Violation> dateProblems = EnrollmentRules.checkDates(draft, cohort.getStartDate(), cohort.getEndDate());
            violations.addAll(dateProblems);
            if (person != null && dateProblems.isEmpty()) {
                overlapping(person, cohort, draft, existing).ifPresent(other -> violations.add(
                        Violation.of("cohortId", EnrollmentProblem.OVERLAPPING_ENROLLMENT, other.getCohort().getName())));
            }
        }
        Team home = null;
        if (draft.getHomeTeamId() != null) {
            home = teams.findById(draft.getHomeTeamId()).orElse(null);
        } else if (person != null) {
            home = person.getHomeTeam();
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(person, cohort, home, primary, secondary);
    }

    private Person mentor(Long mentorId, Long participantId, String field, List<Violation> violations) {
        if (mentorId == null || Objects.equals(mentorId, participantId)) {
            return null;
        }
        Person mentor = people.findById(mentorId).orElse(null);
        if (mentor == null || !mentor.has(Role.MENTOR) || !mentor.isActive()) {
            violations.add(Violation.of(field, EnrollmentProblem.MENTOR_NOT_A_MENTOR));
            return null;
        }
        return mentor;
    }

    /** One person never has two enrollments overlapping in time. */
    private Optional<Enrollment> overlapping(Person person, Cohort cohort, EnrollmentDraft draft, Enrollment existing) {
        var start = draft.getStartDate() != null ? draft.getStartDate() : cohort.getStartDate();
        var end = draft.getEndDate() != null ? draft.getEndDate() : cohort.getEndDate();
        return enrollments.findCurrentByPerson(person.getId()).stream()
                .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .filter(other -> EnrollmentRules.overlap(start, end, other.effectiveStart(), other.effectiveEnd()))
                .findFirst();
    }

    private FieldChange.Collector changes(EnrollmentDraft before, EnrollmentDraft after) {
        return new FieldChange.Collector()
                .compare("homeTeam", teamName(before.getHomeTeamId()), teamName(after.getHomeTeamId()))
                .compare("primaryMentor", personName(before.getPrimaryMentorId()), personName(after.getPrimaryMentorId()))
                .compare("secondaryMentor", personName(before.getSecondaryMentorId()), personName(after.getSecondaryMentorId()))
                .compare("learningGoals", blankToNull(before.getLearningGoals()), blankToNull(after.getLearningGoals()))
                .compare("startDate", before.getStartDate(), after.getStartDate())
                .compare("endDate", before.getEndDate(), after.getEndDate());
    }

    private String teamName(Long id) {
        return id == null ? null : teams.findById(id).map(Team::getName).orElse(null);
    }

    private String personName(Long id) {
        return id == null ? null : people.findById(id).map(Person::getDisplayName).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private EnrollmentDetails details(Enrollment e, boolean manageable) {
        return new EnrollmentDetails(e.getId(), e.getVersion(), e.getPerson().getId(), e.getPerson().getDisplayName(),
                e.getCohort().getId(), e.getCohort().getName(), e.getHomeTeam() == null ? null : e.getHomeTeam().getName(),
                e.getPrimaryMentor() == null ? null : e.getPrimaryMentor().getDisplayName(),
                e.getSecondaryMentor() == null ? null : e.getSecondaryMentor().getDisplayName(),
                e.getLearningGoals(), e.getStatus(), e.getWithdrawalReason(), e.effectiveStart(), e.effectiveEnd(),
                e.getStartDate() != null || e.getEndDate() != null, manageable);
    }

    private Enrollment find(long id) {
        return enrollments.require(id);
    }
}
