package dev.ryugaku.web.api;

import dev.ryugaku.core.people.PeopleSync;
import dev.ryugaku.core.people.PersonDetails;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.people.PersonSummary;
import dev.ryugaku.core.people.PersonSyncRow;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamService;
import dev.ryugaku.core.people.TeamSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People and teams for an HR system, program owners only: list, create, update, deactivate, and a
 * bulk upsert by e-mail address (all or nothing, with each bad row's problems). A new person gets
 * the password-setup mail, as from the form; the link is never in an API answer.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "people and teams", description = "People (メンバー) and teams (チーム), program owners only; PUT /people syncs many by e-mail")
class PeopleApi {

    private final PersonService people;
    private final PeopleSync sync;
    private final TeamService teams;

    PeopleApi(PersonService people, PeopleSync sync, TeamService teams) {
        this.people = people;
        this.sync = sync;
        this.teams = teams;
    }

    @GetMapping("/people")
    @Operation(summary = "People whose name, e-mail or home team contains q (all without), by name")
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "sort by displayName, email, homeTeamName or active, e.g. sort=email,desc",
            array = @ArraySchema(schema = @Schema(type = "string")))
    ApiPage<PersonSummary> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size, @Parameter(hidden = true) Sort sort) {
        Pageable pageable = ApiLists.pageable(page, size, sort);
        return ApiLists.page(pageable, people.search(q, pageable), () -> people.count(q));
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person; their version is the ETag")
    ResponseEntity<PersonDetails> get(@PathVariable long id) {
        PersonDetails person = people.get(id);
        return ApiVersions.ok(person.version(), person);
    }

    @PostMapping("/people")
    @Operation(summary = "Creates a person; they are mailed their password-setup link")
    ResponseEntity<PersonDetails> create(@RequestBody PersonDraft draft) {
        PersonDetails person = people.get(people.create(draft).personId());
        return ApiVersions.created("/api/v1/people/" + person.id(), person.version(), person);
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Changes a person; If-Match names the version read")
    ResponseEntity<PersonDetails> update(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody PersonDraft draft) {
        people.update(id, ApiVersions.expected(ifMatch), draft);
        return get(id);
    }

    @DeleteMapping("/people/{id}")
    @Operation(summary = "Deactivates a person (kept, signed out, their tokens stop); If-Match names the version read")
    ResponseEntity<PersonDetails> deactivate(@PathVariable long id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        people.deactivate(id, ApiVersions.expected(ifMatch));
        return get(id);
    }

    @PutMapping("/people")
    @Operation(summary = "HR sync: creates or updates each person by e-mail, all or nothing; 422 names each bad row (from 0)")
    List<PeopleSync.Synced> upsert(@RequestBody List<PersonSyncRow> rows) {
        return sync.upsertAll(rows);
    }

    @GetMapping("/teams")
    @Operation(summary = "The teams, by name, with their member counts")
    ApiPage<TeamSummary> teams(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Pageable pageable = ApiLists.pageable(page, size);
        return ApiLists.page(pageable, teams.list(pageable), teams::count);
    }

    @PostMapping("/teams")
    @Operation(summary = "Creates a team")
    ResponseEntity<TeamSummary> createTeam(@RequestBody TeamInput team) {
        long id = teams.create(team.name(), team.kind());
        return ApiVersions.created("/api/v1/teams/" + id, 0, new TeamSummary(id, 0, team.name().strip(), team.kind(), 0));
    }

    @PutMapping("/teams/{id}")
    @Operation(summary = "Renames a team or changes its kind; If-Match names the version read")
    ResponseEntity<Void> updateTeam(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestBody TeamInput team) {
        teams.update(id, ApiVersions.expected(ifMatch), team.name(), team.kind());
        return ResponseEntity.noContent().build();
    }

    /** A team's name and kind (PRODUCT or SRE). */
    record TeamInput(String name, TeamKind kind) {
    }
}
