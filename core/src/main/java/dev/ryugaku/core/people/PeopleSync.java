package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.InvalidRowsException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR sync: people created or updated by e-mail address, all or nothing, with each bad row's
 * problems like the CSV import's. Each row is saved through {@link PersonService}, so its rules,
 * audit events and password-setup mails for new people are the form's.
 */
@Service
public class PeopleSync {

    private final PersonService personService;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentActor currentActor;

    public PeopleSync(PersonService personService, PersonRepository people, TeamRepository teams, CurrentActor currentActor) {
        this.personService = personService;
        this.people = people;
        this.teams = teams;
        this.currentActor = currentActor;
    }

    /** What became of a row: the person's id and whether they are new. */
    public record Synced(int row, long personId, boolean created) {
    }

    /**
     * Creates the people not known by their address and updates the others (whatever their version:
     * the HR system is the source). Program owners only.
     *
     * @throws InvalidRowsException when any row breaks a rule; then nothing is saved
     */
    @Transactional
    public List<Synced> upsertAll(List<PersonSyncRow> rows) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        if (rows.isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("", ImportProblem.NOTHING_TO_IMPORT)));
        }
        Map<String, Team> teamsByKey = teams.findAllByOrderByName().stream()
                .collect(Collectors.toMap(team -> Texts.sameNameKey(team.getName()), Function.identity(), (a, b) -> a));
        Map<String, Person> known = people.findByEmailIn(rows.stream()
                        .map(row -> Person.normaliseEmail(row.email() == null ? "" : row.email())).toList())
                .stream().collect(Collectors.toMap(Person::getEmail, Function.identity()));
        Map<Integer, List<Violation>> problems = new HashMap<>();
        Map<Integer, PersonDraft> drafts = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < rows.size(); index++) {
            PersonSyncRow row = rows.get(index);
            PersonDraft draft = draft(row, teamsByKey);
            String email = Person.normaliseEmail(row.email() == null ? "" : row.email());
            Person existing = known.get(email);
            List<Violation> found = new ArrayList<>(PersonRules.check(draft));
            if (!email.isEmpty() && !seen.add(email)) {
                found.add(Violation.of("email", PersonProblem.EMAIL_TWICE_IN_FILE));
            } else if (existing == null && PersonRules.checkEmail(email).isEmpty()
                    && people.findByLoginName(email).isPresent()) {
                found.add(Violation.of("email", PersonProblem.EMAIL_TAKEN));
            }
            if (row.homeTeam() != null && !row.homeTeam().isBlank() && draft.getHomeTeamId() == null) {
                found.add(Violation.of("homeTeam", PersonProblem.TEAM_UNKNOWN, row.homeTeam()));
            }
            if (existing != null && existing.getId() == actor.personId() && !draft.getRoles().contains(Role.PROGRAM_OWNER)) {
                found.add(Violation.of("roles", PersonProblem.CANNOT_REMOVE_OWN_OWNER_ROLE));
            }
            if (found.isEmpty()) {
                drafts.put(index, draft);
            } else {
                problems.put(index, found);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRowsException(problems);
        }
        List<Synced> synced = new ArrayList<>();
        drafts.forEach((index, draft) -> {
            Optional<Person> existing = Optional.ofNullable(known.get(Person.normaliseEmail(draft.getEmail())));
            if (existing.isPresent()) {
                personService.update(existing.get().getId(), existing.get().getVersion(), draft);
                synced.add(new Synced(index, existing.get().getId(), false));
            } else {
                synced.add(new Synced(index, personService.create(draft).personId(), true));
            }
        });
        return synced;
    }

    private static PersonDraft draft(PersonSyncRow row, Map<String, Team> teamsByKey) {
        PersonDraft draft = new PersonDraft();
        draft.setEmail(row.email());
        draft.setDisplayName(row.displayName());
        draft.setLocale(row.locale() == null ? Locale.JAPANESE : row.locale());
        draft.setZone(row.zone() == null ? Person.DEFAULT_ZONE : row.zone());
        draft.setRoles(row.roles() == null || row.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(row.roles()));
        if (row.homeTeam() != null && !row.homeTeam().isBlank()) {
            Team team = teamsByKey.get(Texts.sameNameKey(row.homeTeam()));
            draft.setHomeTeamId(team == null ? null : team.getId());
        }
        return draft;
    }
}
