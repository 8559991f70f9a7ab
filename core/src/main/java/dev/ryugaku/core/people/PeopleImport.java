package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of people: a preview names every row's result; the import itself is all or nothing,
 * and gives every new account its one-time password-setup link.
 */
@Service
public class PeopleImport {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final PasswordSetup passwordSetup;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    public PeopleImport(PersonRepository people, TeamRepository teams, PasswordSetup passwordSetup,
                        CurrentActor currentActor, AuditLog auditLog) {
        this.people = people;
        this.teams = teams;
        this.passwordSetup = passwordSetup;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return check(csv);
    }

    /**
     * Imports every row or none.
     *
     * @throws InvalidInputException naming the first problems when any row is invalid
     */
    @Transactional
    public List<PasswordSetup.IssuedLink> importAll(byte[] csv) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        ImportPreview preview = check(csv);
        if (!preview.isImportable()) {
            List<Violation> problems = new ArrayList<>(preview.fileProblems());
            preview.rows().forEach(row -> problems.addAll(row.problems()));
            throw new InvalidInputException(problems.isEmpty()
                    ? List.of(Violation.of("", ImportProblem.NOTHING_TO_IMPORT)) : problems);
        }
        Map<String, Team> teamsByKey = teamsByKey();
        List<PasswordSetup.IssuedLink> links = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            Team home = row.team().isEmpty() ? null : teamsByKey.get(Texts.sameNameKey(row.team()));
            Person person = people.save(new Person(row.displayName(), row.email(), row.email(), row.locale(),
                    Person.DEFAULT_ZONE, row.roles(), home));
            auditLog.record(actor, "PERSON_IMPORTED", PersonService.RECORD_TYPE, person.getId());
            links.add(passwordSetup.issue(person));
        }
        return links;
    }

    private ImportPreview check(byte[] csv) {
        PeopleCsv.Parsed parsed = PeopleCsv.parse(csv);
        if (!parsed.fileProblems().isEmpty()) {
            return new ImportPreview(List.of(), parsed.fileProblems());
        }
        Map<String, Team> teamsByKey = teamsByKey();
        Set<String> existing = people.findByEmailIn(parsed.rows().stream()
                        .map(row -> Person.normaliseEmail(row.email())).toList())
                .stream().map(Person::getEmail).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row : parsed.rows()) {
            List<Violation> problems = new ArrayList<>(row.problems());
            String email = Person.normaliseEmail(row.email());
            if (!email.isEmpty() && problems.stream().noneMatch(v -> v.field().equals("email"))) {
                if (existing.contains(email)) {
                    problems.add(Violation.of("email", PersonProblem.EMAIL_TAKEN));
                } else if (!seen.add(email)) {
                    problems.add(Violation.of("email", PersonProblem.EMAIL_TWICE_IN_FILE));
                }
            }
            if (!row.team().isEmpty() && !teamsByKey.containsKey(Texts.sameNameKey(row.team()))) {
                problems.add(Violation.of("team", PersonProblem.TEAM_UNKNOWN, row.team()));
            }
            rows.add(new ImportRow(row.line(), row.email(), row.displayName(), row.team(), row.roles(), row.locale(),
                    problems));
        }
        return new ImportPreview(rows, List.of());
    }

    private Map<String, Team> teamsByKey() {
        return teams.findAllByOrderByName().stream()
                .collect(Collectors.toMap(team -> Texts.sameNameKey(team.getName()), Function.identity(), (a, b) -> a));
    }
}
