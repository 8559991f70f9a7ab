package dev.ryugaku.core.cohort;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamRef;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.ListOrder;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort feature's API. Program owners schedule and change cohorts; mentors and participants
 * read the cohorts they belong to. Every call decides on the record at hand, not on the screen
 * that made it.
 */
@Service
public class CohortService {

    static final String RECORD_TYPE = "Cohort";

    /** What the cohort list may be sorted by: fields of {@link CohortSummary}. Newest first otherwise and on ties. */
    public static final ListOrder ORDER = ListOrder.of("name", "c.name", "startDate", "c.startDate", "endDate", "c.endDate",
            "capacity", "c.capacity", "hostTeamName", "t.name");

    private final CohortRepository cohorts;
    private final TeamRepository teams;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final CohortPeriodGuard periodGuard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CohortService(CohortRepository cohorts, TeamRepository teams, CurrentActor currentActor,
                         AuditLog auditLog, CohortPeriodGuard periodGuard, Clock clock, ApplicationEventPublisher events) {
        this.cohorts = cohorts;
        this.teams = teams;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.periodGuard = periodGuard;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A page of the cohorts the actor may see, in the page's sort ({@link #ORDER}), then newest first.
     *
     * @throws dev.ryugaku.core.shared.UnknownSortException for a sort the list does not offer
     */
    @Transactional(readOnly = true)
    public List<CohortSummary> list(Pageable pageable) {
        Actor actor = currentActor.get();
        Pageable sorted = ORDER.resolve(pageable);
        return actor.isOwner()
                ? cohorts.findAllSummaries(sorted)
                : cohorts.findSummariesForMember(actor.personId(), sorted);
    }

    /** How many cohorts the actor may see. */
    @Transactional(readOnly = true)
    public long count() {
        Actor actor = currentActor.get();
        return actor.isOwner() ? cohorts.count() : cohorts.countForMember(actor.personId());
    }

    /** Cohorts the actor may see that overlap the period, in start order. */
    @Transactional(readOnly = true)
    public List<CohortSummary> timeline(LocalDate from, LocalDate to) {
        Actor actor = currentActor.get();
        return cohorts.findTimeline(from, to, actor.isOwner() ? null : actor.personId());
    }

    @Transactional(readOnly = true)
    public CohortDetails get(long id) {
        Actor actor = currentActor.get();
        Cohort cohort = visibleCohort(actor, id);
        CohortStatus status = cohort.statusOn(actor.today(clock));
        Team host = cohort.getHostTeam();
        return new CohortDetails(cohort.getId(), cohort.getVersion(), cohort.getName(), cohort.getStartDate(),
                cohort.getEndDate(), cohort.getCapacity(), new TeamRef(host.getId(), host.getName()),
                cohort.getCadence(), cohort.getKickoffDate(), cohort.getMidTermReviewDate(),
                cohort.getFinalReviewDate(), cohort.getDescription(), status,
                cohorts.countEnrolled(cohort.getId()), actor.isOwner() && status.isChangeable());
    }

    /** An existing cohort's values for the edit form; owners only, and only while it can change. */
    @Transactional(readOnly = true)
    public CohortEdit openForEdit(long id) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        Cohort cohort = findOrFail(id);
        requireChangeable(actor, cohort);
        return new CohortEdit(cohort.getId(), cohort.getVersion(), cohort.toDraft());
    }

    @Transactional(readOnly = true)
    public List<TeamRef> hostTeams() {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return teams.findByKindOrderByName(TeamKind.SRE).stream()
                .map(team -> new TeamRef(team.getId(), team.getName()))
                .toList();
    }

    @Transactional
    public long create(CohortDraft draft) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        Team host = checked(draft, null, 0);
        Cohort cohort = cohorts.save(new Cohort(draft, host));
        auditLog.record(actor, "COHORT_CREATED", RECORD_TYPE, cohort.getId());
        return cohort.getId();
    }

    /**
     * Saves the draft over the cohort as it was when the user opened it.
     *
     * @param expectedVersion the version the user's form was loaded with
     * @throws ConcurrentEditException when someone saved the cohort in between
     */
    @Transactional
    public void update(long id, long expectedVersion, CohortDraft draft) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        Cohort cohort = findOrFail(id);
        Versions.require(cohort.getVersion(), expectedVersion, RECORD_TYPE, cohort.getId());
        requireChangeable(actor, cohort);
        Team host = checked(draft, cohort, cohorts.countEnrolled(id));
        cohort.apply(draft, host);
        auditLog.record(actor, "COHORT_UPDATED", RECORD_TYPE, id);
        events.publishEvent(new CohortUpdated(id));
    }

    @Transactional
    public void cancel(long id, long expectedVersion) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        Cohort cohort = findOrFail(id);
        Versions.require(cohort.getVersion(), expectedVersion, RECORD_TYPE, cohort.getId());
        requireChangeable(actor, cohort);
        cohort.cancel(clock.instant());
        auditLog.record(actor, "COHORT_CANCELLED", RECORD_TYPE, id);
    }

    private Team checked(CohortDraft draft, Cohort existing, long enrolled) {
        List<Violation> violations = new ArrayList<>(CohortRules.check(draft));
        Team host = null;
        if (draft.getHostTeamId() != null) {
            host = teams.findById(draft.getHostTeamId()).orElse(null);
            if (host == null || host.getKind() != TeamKind.SRE) {
                violations.add(Violation.of("hostTeamId", CohortProblem.HOST_TEAM_NOT_SRE));
            }
        }
        if (draft.getName() != null && !draft.getName().isBlank()) {
            cohorts.findByNameKey(Texts.sameNameKey(draft.getName()))
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> violations.add(Violation.of("name", CohortProblem.NAME_TAKEN)));
        }
        if (draft.getCapacity() != null && draft.getCapacity() >= 1 && draft.getCapacity() < enrolled) {
            violations.add(Violation.of("capacity", CohortProblem.CAPACITY_BELOW_ENROLLED, enrolled));
        }
        boolean periodChanged = existing != null && draft.getStartDate() != null && draft.getEndDate() != null
                && draft.getEndDate().isAfter(draft.getStartDate())
                && (!draft.getStartDate().equals(existing.getStartDate()) || !draft.getEndDate().equals(existing.getEndDate()));
        if (periodChanged) {
            violations.addAll(periodGuard.check(existing.getId(), draft.getStartDate(), draft.getEndDate()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return host;
    }

    private Cohort visibleCohort(Actor actor, long id) {
        Cohort cohort = findOrFail(id);
        boolean visible = actor.isOwner()
                || (cohort.getState() != CohortState.DRAFT && cohorts.isMember(id, actor.personId()));
        if (!visible) {
            // the same answer as for a missing id, so ids cannot be probed
            throw AccessDenials.hidden(actor, "read", RECORD_TYPE, id);
        }
        return cohort;
    }

    private Cohort findOrFail(long id) {
        return cohorts.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private void requireChangeable(Actor actor, Cohort cohort) {
        if (!cohort.statusOn(actor.today(clock)).isChangeable()) {
            throw new InvalidInputException(List.of(Violation.of("", CohortProblem.NOT_CHANGEABLE)));
        }
    }
}
