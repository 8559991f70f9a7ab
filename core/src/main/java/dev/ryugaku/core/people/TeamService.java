package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.PlainText;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.shared.Versions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** チーム: product teams that send participants and SRE teams that host them; program owners manage them. */
@Service
public class TeamService {

    static final String RECORD_TYPE = "Team";
    public static final int NAME_MAX_LENGTH = 100;

    private final TeamRepository teams;
    private final TeamUsage usage;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    public TeamService(TeamRepository teams, TeamUsage usage, CurrentActor currentActor, AuditLog auditLog) {
        this.teams = teams;
        this.usage = usage;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> list(Pageable pageable) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return teams.findSummaries(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long count() {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return teams.count();
    }

    /** Every team, for choosing a home team; owners only. */
    @Transactional(readOnly = true)
    public List<TeamRef> all() {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return teams.findAllByOrderByName().stream().map(t -> new TeamRef(t.getId(), t.getName())).toList();
    }

    @Transactional
    public long create(String name, TeamKind kind) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        check(null, name, kind);
        Team team = teams.save(new Team(name, kind));
        auditLog.record(actor, "TEAM_CREATED", RECORD_TYPE, team.getId(),
                new FieldChange.Collector().compare("name", null, team.getName()).compare("kind", null, kind).changes());
        return team.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, String name, TeamKind kind) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        Team team = teams.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        Versions.require(team.getVersion(), expectedVersion, RECORD_TYPE, id);
        check(team, name, kind);
        List<FieldChange> changes = new FieldChange.Collector()
                .compare("name", team.getName(), name == null ? null : name.strip())
                .compare("kind", team.getKind(), kind).changes();
        team.rename(name, kind);
        auditLog.record(actor, "TEAM_UPDATED", RECORD_TYPE, id, changes);
    }

    private void check(Team existing, String name, TeamKind kind) {
        List<Violation> violations = new ArrayList<>();
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            violations.add(Violation.of("name", TeamProblem.NAME_REQUIRED));
        } else if (value.codePointCount(0, value.length()) > NAME_MAX_LENGTH) {
            violations.add(Violation.of("name", TeamProblem.NAME_TOO_LONG, NAME_MAX_LENGTH));
        } else if (PlainText.hasControlCharacters(value)) {
            violations.add(Violation.of("name", TeamProblem.NAME_CONTROL_CHARACTERS));
        } else {
            teams.findByNameKey(Texts.sameNameKey(value))
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> violations.add(Violation.of("name", TeamProblem.NAME_TAKEN)));
        }
        if (kind == null) {
            violations.add(Violation.of("kind", TeamProblem.KIND_REQUIRED));
        } else if (existing != null && existing.getKind() == TeamKind.SRE && kind != TeamKind.SRE
                && usage.hostsCohorts(existing.getId())) {
            violations.add(Violation.of("kind", TeamProblem.HOSTS_COHORTS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
