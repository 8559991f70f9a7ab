package dev.ryugaku.core.intake;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 募集 (intake): owners open a round for a planned cohort and select from its applications; anyone
 * signed in applies while it is open; a home-team manager nominates people of their team and
 * approves or declines their applications. Every call decides on the record at hand: an applicant
 * sees only their own application, a manager only their team's, owners all; to anyone else an
 * application does not exist.
 */
@Service
public class IntakeService {

    public static final String ROUND = "IntakeRound";
    public static final String APPLICATION = "IntakeApplication";

    private final IntakeRepository intake;
    private final CohortRepository cohorts;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final EnrollmentService enrollments;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public IntakeService(IntakeRepository intake, CohortRepository cohorts, PersonRepository people, TeamRepository teams,
                         EnrollmentService enrollments, CurrentActor currentActor, AuditLog auditLog, Clock clock,
                         ApplicationEventPublisher events) {
        this.intake = intake;
        this.cohorts = cohorts;
        this.people = people;
        this.teams = teams;
        this.enrollments = enrollments;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    // ---- owners: the round ----

    /** The cohort's round, to owners; empty when none was opened. */
    @Transactional(readOnly = true)
    public Optional<RoundView> roundOf(long cohortId) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        return intake.findRoundByCohort(cohortId).map(r -> RoundView.of(r, actor.today(clock)));
    }

    @Transactional
    public long openRound(long cohortId, RoundDraft draft) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new RecordNotFoundException("Cohort", cohortId));
        List<Violation> problems = new ArrayList<>();
        if (cohort.statusOn(actor.today(clock)) != CohortStatus.PLANNED) {
            problems.add(Violation.of("", IntakeProblem.COHORT_NOT_PLANNED));
        } else if (intake.findRoundByCohort(cohortId).isPresent()) {
            problems.add(Violation.of("", IntakeProblem.ROUND_EXISTS));
        }
        problems.addAll(IntakePolicies.checkRound(draft, cohort.getStartDate()));
        refuseIf(problems);
        IntakeRound round = intake.saveRound(new IntakeRound(cohort, draft));
        auditLog.record(actor, "INTAKE_OPENED", ROUND, round.getId(), new FieldChange.Collector()
                .compare("opensOn", null, draft.opensOn()).compare("closesOn", null, draft.closesOn()).changes());
        return round.getId();
    }

    @Transactional
    public void updateRound(long roundId, long expectedVersion, RoundDraft draft) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeRound round = round(roundId);
        Versions.require(round.getVersion(), expectedVersion, ROUND, roundId);
        refuseIf(IntakePolicies.checkRound(draft, round.getCohort().getStartDate()));
        RoundDraft before = round.toDraft();
        round.apply(draft);
        auditLog.record(actor, "INTAKE_UPDATED", ROUND, roundId, new FieldChange.Collector()
                .compare("opensOn", before.opensOn(), draft.opensOn())
                .compare("closesOn", before.closesOn(), draft.closesOn())
                .compare("approvalRequired", before.approvalRequired(), draft.approvalRequired()).changes());
    }

    /** Stops taking applications before the closing date; what was applied stays. */
    @Transactional
    public void closeRound(long roundId, long expectedVersion) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeRound round = round(roundId);
        Versions.require(round.getVersion(), expectedVersion, ROUND, roundId);
        round.close(clock.instant());
        auditLog.record(actor, "INTAKE_CLOSED", ROUND, roundId);
    }

    // ---- owners: selection ----

    @Transactional(readOnly = true)
    public List<ApplicationView> applications(long roundId, ApplicationFilter filter, int offset, int limit) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeRound round = round(roundId);
        return intake.findApplications(roundId, filter.teamId(), filter.state(), filter.skillId(),
                        PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream().map(a -> view(a, round)).toList();
    }

    @Transactional(readOnly = true)
    public long countApplications(long roundId, ApplicationFilter filter) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        return intake.countApplications(roundId, filter.teamId(), filter.state(), filter.skillId());
    }

    /** Places used against capacity and each home team's load, to owners. */
    @Transactional(readOnly = true)
    public SelectionSummary selection(long roundId) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeRound round = round(roundId);
        return summary(round);
    }

    /** The program view: each round's applications, approval and selection rates, time to decision, teams. */
    @Transactional(readOnly = true)
    public List<RoundFigures> figures() {
        currentActor.requiring(Role.PROGRAM_OWNER);
        Map<Long, List<IntakeApplication>> byRound = intake.findAllApplications().stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.getRound().getId()));
        return intake.findAllRounds().stream()
                .map(r -> RoundFigures.of(r, byRound.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** Mentors to pick for a selected applicant, with their current load (owners only). */
    @Transactional(readOnly = true)
    public List<MentorOption> mentorOptions() {
        return enrollments.mentorOptions();
    }

    /**
     * Selects the application; refused when the cohort's places are used. With a mentor, the
     * selection becomes an enrollment through {@link EnrollmentService} (every enrollment rule
     * applies; the person is given the participant role first).
     */
    @Transactional
    public void select(long applicationId, long expectedVersion, String message, Long mentorId) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeApplication application = forOwner(applicationId, expectedVersion, ApplicationState.SELECTED);
        if (application.getState() != ApplicationState.SELECTED) {
            refuseIf(IntakePolicies.placeFree(summary(application.getRound()).used(),
                    application.getRound().getCohort().getCapacity()) ? List.of()
                    : List.of(Violation.of("", IntakeProblem.CAPACITY_REACHED, application.getRound().getCohort().getCapacity())));
        }
        ApplicationState before = application.getState();
        application.ownerDecides(ApplicationState.SELECTED, message, null, clock.instant());
        record(actor, application, before);
        if (mentorId != null) {
            enroll(actor, application, mentorId);
        }
    }

    /** Turns a selected application into an enrollment with the mentor (owners only). */
    @Transactional
    public long enrollSelected(long applicationId, long expectedVersion, long mentorId) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeApplication application = application(applicationId);
        Versions.require(application.getVersion(), expectedVersion, APPLICATION, applicationId);
        if (application.getState() != ApplicationState.SELECTED || application.getEnrollmentId() != null) {
            refuseIf(List.of(Violation.of("", IntakeProblem.STEP_NOT_ALLOWED)));
        }
        long enrollmentId = enroll(actor, application, mentorId);
        moved(actor, application, ApplicationState.SELECTED, true);
        return enrollmentId;
    }

    /** Puts the application on the waitlist, last. */
    @Transactional
    public void waitlist(long applicationId, long expectedVersion, String message) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeApplication application = forOwner(applicationId, expectedVersion, ApplicationState.WAITLISTED);
        int last = intake.findWaitlist(application.getRound().getId()).stream()
                .map(IntakeApplication::getWaitlistPosition).filter(Objects::nonNull).max(Integer::compare).orElse(0);
        ApplicationState before = application.getState();
        application.ownerDecides(ApplicationState.WAITLISTED, message, last + 1, clock.instant());
        record(actor, application, before);
        offerFreedPlace(actor, application, before);
    }

    @Transactional
    public void decline(long applicationId, long expectedVersion, String message) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeApplication application = forOwner(applicationId, expectedVersion, ApplicationState.DECLINED);
        ApplicationState before = application.getState();
        application.ownerDecides(ApplicationState.DECLINED, message, null, clock.instant());
        record(actor, application, before);
        offerFreedPlace(actor, application, before);
    }

    /**
     * Deletes the round's declined applications (by a manager or an owner) once it no longer takes
     * applications; refused while it is open or before it opened.
     *
     * @return how many were deleted
     */
    @Transactional
    public int deleteDeclined(long roundId) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        IntakeRound round = round(roundId);
        LocalDate today = actor.today(clock);
        if (!IntakePolicies.declinedDeletable(round.isOpenOn(today), !today.isBefore(round.getOpensOn()))) {
            refuseIf(List.of(Violation.of("", IntakeProblem.ROUND_STILL_OPEN)));
        }
        int deleted = intake.deleteDeclined(roundId);
        auditLog.record(actor, "INTAKE_DECLINED_DELETED", ROUND, roundId, new FieldChange.Collector()
                .compare("deleted", null, deleted).changes());
        return deleted;
    }

    // ---- anyone signed in: applying ----

    /** Rounds taking applications today, to everyone signed in (also people without a role). */
    @Transactional(readOnly = true)
    public List<RoundView> openRounds() {
        Actor actor = currentActor.get();
        LocalDate today = actor.today(clock);
        return intake.findRoundsOpenOn(today).stream().filter(r -> r.isOpenOn(today))
                .map(r -> RoundView.of(r, today)).toList();
    }

    /** The actor's own applications and nominations, latest first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> myApplications() {
        Actor actor = currentActor.get();
        return intake.findByPerson(actor.personId()).stream().map(a -> view(a, a.getRound())).toList();
    }

    /** One application, to its applicant, their home-team manager and owners; else it does not exist. */
    @Transactional(readOnly = true)
    public ApplicationView get(long applicationId) {
        Actor actor = currentActor.get();
        IntakeApplication application = visible(actor, applicationId, "read");
        return view(application, application.getRound());
    }

    @Transactional
    public long apply(long roundId, ApplicationDraft draft) {
        Actor actor = currentActor.get();
        IntakeRound round = round(roundId);
        List<Violation> problems = new ArrayList<>();
        if (!round.isOpenOn(actor.today(clock))) {
            problems.add(Violation.of("", IntakeProblem.ROUND_NOT_OPEN));
        } else if (intake.existsByRoundAndPerson(roundId, actor.personId())) {
            problems.add(Violation.of("", IntakeProblem.ALREADY_APPLIED));
        }
        problems.addAll(IntakePolicies.checkAnswers(draft, round.toDraft()));
        refuseIf(problems);
        Person person = people.findById(actor.personId()).orElseThrow();
        IntakeApplication application = new IntakeApplication(round, person, null, clock.instant());
        application.answer(draft, round.toDraft());
        application.submit(IntakePolicies.afterSubmit(round.isApprovalRequired(), application.managerId() != null, false),
                clock.instant());
        intake.saveApplication(application);
        auditLog.record(actor, "INTAKE_APPLIED", APPLICATION, application.getId());
        moved(actor, application, null, false);
        return application.getId();
    }

    /** The nominee confirms a nomination with their answers while the round is open. */
    @Transactional
    public void confirm(long applicationId, long expectedVersion, ApplicationDraft draft) {
        Actor actor = currentActor.get();
        IntakeApplication application = own(actor, applicationId, expectedVersion, "confirm");
        IntakeRound round = application.getRound();
        List<Violation> problems = new ArrayList<>();
        if (application.getState() != ApplicationState.NOMINATED) {
            problems.add(Violation.of("", IntakeProblem.STEP_NOT_ALLOWED));
        } else if (!round.isOpenOn(actor.today(clock))) {
            problems.add(Violation.of("", IntakeProblem.ROUND_NOT_OPEN));
        }
        problems.addAll(IntakePolicies.checkAnswers(draft, round.toDraft()));
        refuseIf(problems);
        application.answer(draft, round.toDraft());
        application.submit(IntakePolicies.afterSubmit(round.isApprovalRequired(), application.managerId() != null, true),
                clock.instant());
        auditLog.record(actor, "INTAKE_CONFIRMED", APPLICATION, applicationId);
        moved(actor, application, ApplicationState.NOMINATED, false);
    }

    /**
     * The applicant withdraws; when they held a place, the first waitlisted application is selected
     * in their stead (within capacity).
     */
    @Transactional
    public void withdraw(long applicationId, long expectedVersion) {
        Actor actor = currentActor.get();
        IntakeApplication application = own(actor, applicationId, expectedVersion, "withdraw");
        if (!IntakePolicies.applicantMayWithdraw(application.getState(), application.getEnrollmentId() != null)) {
            refuseIf(List.of(Violation.of("", IntakeProblem.STEP_NOT_ALLOWED)));
        }
        ApplicationState before = application.getState();
        application.withdraw(clock.instant());
        record(actor, application, before);
        offerFreedPlace(actor, application, before);
    }

    /**
     * What waits on the actor in intake, for their inbox: their nominations to confirm in rounds open
     * today, their teams' applications waiting for their approval, and for owners the rounds with
     * applications to decide.
     */
    @Transactional(readOnly = true)
    public IntakeWaiting waitingOnMe() {
        Actor actor = currentActor.get();
        LocalDate today = actor.today(clock);
        List<IntakeWaiting.Nomination> nominations = intake.findByPerson(actor.personId()).stream()
                .filter(a -> a.getState() == ApplicationState.NOMINATED && a.getRound().isOpenOn(today))
                .map(a -> new IntakeWaiting.Nomination(a.getId(), a.getRound().getCohort().getName(),
                        a.getRound().getClosesOn()))
                .toList();
        List<IntakeWaiting.Approval> approvals = intake.findAwaitingApprovalBy(actor.personId()).stream()
                .map(a -> new IntakeWaiting.Approval(a.getId(), a.getPerson().getDisplayName(),
                        a.getRound().getCohort().getName(), a.getSubmittedAt()))
                .toList();
        return new IntakeWaiting(nominations, approvals,
                actor.isOwner() ? intake.findRoundsToDecide(today) : List.of());
    }

    // ---- home-team managers ----

    /** Applications of the teams the actor manages; empty for anyone who manages none. */
    @Transactional(readOnly = true)
    public List<ApplicationView> teamApplications() {
        Actor actor = currentActor.get();
        return intake.findForManager(actor.personId()).stream().map(a -> view(a, a.getRound())).toList();
    }

    /** Whether the actor manages a team: managers get the team list on their home. */
    @Transactional(readOnly = true)
    public boolean managesATeam() {
        Actor actor = currentActor.get();
        return intake.managesATeam(actor.personId());
    }

    /** People of the teams the actor manages, to nominate. */
    @Transactional(readOnly = true)
    public List<NomineeOption> nominees() {
        Actor actor = currentActor.get();
        return intake.findNominees(actor.personId());
    }

    @Transactional
    public long nominate(long roundId, long personId) {
        Actor actor = currentActor.get();
        IntakeRound round = round(roundId);
        Person person = people.findById(personId).filter(Person::isActive)
                .filter(p -> p.getHomeTeam() != null && Objects.equals(p.getHomeTeam().getManagerId(), actor.personId()))
                .orElseThrow(() -> AccessDenials.refused(actor, "nominate", "Person", personId));
        List<Violation> problems = new ArrayList<>();
        if (!round.isOpenOn(actor.today(clock))) {
            problems.add(Violation.of("", IntakeProblem.ROUND_NOT_OPEN));
        } else if (intake.existsByRoundAndPerson(roundId, personId)) {
            problems.add(Violation.of("personId", IntakeProblem.ALREADY_APPLIED));
        }
        refuseIf(problems);
        IntakeApplication application = intake.saveApplication(
                new IntakeApplication(round, person, actor.personId(), clock.instant()));
        auditLog.record(actor, "INTAKE_NOMINATED", APPLICATION, application.getId());
        moved(actor, application, null, false);
        return application.getId();
    }

    @Transactional
    public void approve(long applicationId, long expectedVersion) {
        managerDecides(applicationId, expectedVersion, true, null);
    }

    @Transactional
    public void declineAsManager(long applicationId, long expectedVersion, String reason) {
        refuseIf(IntakePolicies.checkReason(reason));
        managerDecides(applicationId, expectedVersion, false, reason);
    }

    // ---- owners: team managers ----

    /** Marks a person as the team's manager, or none (owners only). */
    @Transactional
    public void setTeamManager(long teamId, Long managerId) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Team team = teams.findById(teamId).orElseThrow(() -> new RecordNotFoundException("Team", teamId));
        Person manager = managerId == null ? null
                : people.findById(managerId).orElseThrow(() -> new RecordNotFoundException("Person", managerId));
        Long before = team.getManagerId();
        if (Objects.equals(before, managerId)) {
            return;
        }
        team.setManagerId(manager == null ? null : manager.getId());
        auditLog.record(actor, "TEAM_MANAGER_SET", "Team", teamId, new FieldChange.Collector()
                .compare("manager", name(before), manager == null ? null : manager.getDisplayName()).changes());
    }

    /** The team's manager now, if any (owners only). */
    @Transactional(readOnly = true)
    public Optional<Long> managerOf(long teamId) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        return teams.findById(teamId).map(Team::getManagerId);
    }

    /** People who can be made a team's manager (owners only). */
    @Transactional(readOnly = true)
    public List<NomineeOption> managerOptions() {
        currentActor.requiring(Role.PROGRAM_OWNER);
        return intake.findManagerOptions();
    }

    // ---- helpers ----

    private void managerDecides(long applicationId, long expectedVersion, boolean approve, String reason) {
        Actor actor = currentActor.get();
        IntakeApplication application = visible(actor, applicationId, approve ? "approve" : "decline");
        if (!managerOf(actor, application)) {
            throw AccessDenials.refused(actor, approve ? "approve" : "decline", APPLICATION, applicationId);
        }
        Versions.require(application.getVersion(), expectedVersion, APPLICATION, applicationId);
        if (!application.awaitsManager()) {
            refuseIf(List.of(Violation.of("", IntakeProblem.STEP_NOT_ALLOWED)));
        }
        ApplicationState before = application.getState();
        application.managerDecides(approve, reason, clock.instant());
        record(actor, application, before);
    }

    private long enroll(Actor actor, IntakeApplication application, long mentorId) {
        Person person = application.getPerson();
        if (!person.has(Role.PARTICIPANT)) {
            person.grant(Role.PARTICIPANT);
            auditLog.record(actor, "PARTICIPANT_ROLE_GRANTED", "Person", person.getId());
        }
        EnrollmentDraft draft = new EnrollmentDraft();
        draft.setPersonId(person.getId());
        draft.setCohortId(application.getRound().getCohort().getId());
        draft.setPrimaryMentorId(mentorId);
        draft.setLearningGoals(application.getMotivation() == null ? null
                : application.getMotivation().substring(0, Math.min(application.getMotivation().length(), 1000)));
        long enrollmentId = enrollments.enroll(draft);
        application.enrolled(enrollmentId);
        return enrollmentId;
    }

    /**
     * When a selected place was given up, the first waitlisted application is selected instead — not
     * the one that gave it up by being moved to the waitlist itself.
     */
    private void offerFreedPlace(Actor actor, IntakeApplication givenUp, ApplicationState before) {
        IntakeRound round = givenUp.getRound();
        if (before != ApplicationState.SELECTED) {
            return;
        }
        if (!IntakePolicies.placeFree(summary(round).used(), round.getCohort().getCapacity())) {
            return;
        }
        IntakePolicies.firstWaitlisted(intake.findWaitlist(round.getId()).stream()
                .filter(waiting -> !waiting.getId().equals(givenUp.getId())).toList()).ifPresent(next -> {
            next.ownerDecides(ApplicationState.SELECTED, next.getOwnerMessage(), null, clock.instant());
            record(actor, next, ApplicationState.WAITLISTED);
        });
    }

    private SelectionSummary summary(IntakeRound round) {
        List<IntakeApplication> all = intake.findAllOfRound(round.getId());
        long selectedNotEnrolled = all.stream()
                .filter(a -> a.getState() == ApplicationState.SELECTED && a.getEnrollmentId() == null).count();
        long used = cohorts.countEnrolled(round.getCohort().getId()) + selectedNotEnrolled;
        Map<Long, SelectionSummary.TeamLoad> loads = new LinkedHashMap<>();
        all.stream().filter(a -> a.getState().isOpen())
                .sorted(Comparator.comparing(a -> a.getHomeTeam() == null ? "" : a.getHomeTeam().getName()))
                .forEach(a -> {
                    Long teamId = a.getHomeTeam() == null ? null : a.getHomeTeam().getId();
                    var was = loads.getOrDefault(teamId, new SelectionSummary.TeamLoad(teamId,
                            a.getHomeTeam() == null ? null : a.getHomeTeam().getName(), 0, 0));
                    loads.put(teamId, new SelectionSummary.TeamLoad(teamId, was.teamName(),
                            was.selected() + (IntakePolicies.LOAD.contains(a.getState()) ? 1 : 0), was.inPlay() + 1));
                });
        return new SelectionSummary(round.getCohort().getCapacity(), used, List.copyOf(loads.values()));
    }

    private IntakeApplication forOwner(long applicationId, long expectedVersion, ApplicationState next) {
        IntakeApplication application = application(applicationId);
        Versions.require(application.getVersion(), expectedVersion, APPLICATION, applicationId);
        boolean awaits = application.awaitsManager();
        if (!IntakePolicies.ownerMayMove(application.getState(), next, awaits, application.getEnrollmentId() != null)) {
            refuseIf(List.of(Violation.of("", IntakeProblem.STEP_NOT_ALLOWED)));
        }
        return application;
    }

    private IntakeApplication own(Actor actor, long applicationId, long expectedVersion, String action) {
        IntakeApplication application = visible(actor, applicationId, action);
        if (application.getPerson().getId() != actor.personId()) {
            throw AccessDenials.refused(actor, action, APPLICATION, applicationId);
        }
        Versions.require(application.getVersion(), expectedVersion, APPLICATION, applicationId);
        return application;
    }

    private IntakeApplication visible(Actor actor, long applicationId, String action) {
        IntakeApplication application = intake.findApplication(applicationId)
                .orElseThrow(() -> new RecordNotFoundException(APPLICATION, applicationId));
        if (actor.isOwner() || application.getPerson().getId() == actor.personId() || managerOf(actor, application)) {
            return application;
        }
        throw AccessDenials.hidden(actor, action, APPLICATION, applicationId);
    }

    private static boolean managerOf(Actor actor, IntakeApplication application) {
        return Objects.equals(application.managerId(), actor.personId());
    }


    private void record(Actor actor, IntakeApplication application, ApplicationState before) {
        auditLog.record(actor, "INTAKE_STATE_CHANGED", APPLICATION, application.getId(),
                new FieldChange.Collector().compare("state", before, application.getState()).changes());
        moved(actor, application, before, false);
    }

    private void moved(Actor actor, IntakeApplication application, ApplicationState before, boolean enrolled) {
        events.publishEvent(new IntakeApplicationMoved(application.getId(), before, application.getState(), enrolled,
                actor.personId()));
    }

    private IntakeRound round(long roundId) {
        return intake.findRound(roundId).orElseThrow(() -> new RecordNotFoundException(ROUND, roundId));
    }

    private IntakeApplication application(long applicationId) {
        return intake.findApplication(applicationId)
                .orElseThrow(() -> new RecordNotFoundException(APPLICATION, applicationId));
    }

    private String name(Long personId) {
        return personId == null ? null : people.findById(personId).map(Person::getDisplayName).orElse(null);
    }

    private ApplicationView view(IntakeApplication a, IntakeRound round) {
        Team team = a.getHomeTeam();
        return new ApplicationView(a.getId(), a.getVersion(), round.getId(), round.getCohort().getName(),
                a.getPerson().getId(), a.getPerson().getDisplayName(), team == null ? null : team.getId(),
                team == null ? null : team.getName(), a.getNominatedById() != null, a.getState(),
                a.awaitsManager(),
                a.getMotivation(), a.getSkillIds(), a.getTopics(), a.getPreferredPeriod(), a.getDecisionReason(),
                a.getOwnerMessage(), a.getWaitlistPosition(), a.getEnrollmentId(), a.getCreatedAt(), a.getSubmittedAt());
    }

    private static void refuseIf(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
