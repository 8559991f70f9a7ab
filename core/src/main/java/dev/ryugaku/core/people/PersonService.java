package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.ListOrder;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * メンバー管理: program owners list, create, edit, deactivate and reactivate people. A new account
 * gets a one-time password-setup link; deactivation blocks sign-in and ends open sessions.
 */
@Service
public class PersonService {

    public static final String RECORD_TYPE = "Person";

    /** What the people list may be sorted by: fields of {@link PersonSummary}. By name otherwise and on ties. */
    public static final ListOrder ORDER = ListOrder.of("displayName", "p.displayName", "email", "p.email",
            "homeTeamName", "t.name", "active", "p.active");

    private final PersonRepository people;
    private final TeamRepository teams;
    private final PasswordSetup passwordSetup;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    public PersonService(PersonRepository people, TeamRepository teams, PasswordSetup passwordSetup,
                         CurrentActor currentActor, AuditLog auditLog, ApplicationEventPublisher events) {
        this.people = people;
        this.teams = teams;
        this.passwordSetup = passwordSetup;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * A page of people whose name, e-mail or home team contains the text (all when blank), in the
     * page's sort ({@link #ORDER}), then by name.
     *
     * @throws dev.ryugaku.core.shared.UnknownSortException for a sort the list does not offer
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> search(String text, Pageable pageable) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        return people.search(normalise(text), ORDER.resolve(pageable));
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        return people.countSearch(normalise(text));
    }

    @Transactional(readOnly = true)
    public PersonDetails get(long id) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        Person person = find(id);
        return new PersonDetails(person.getId(), person.getVersion(), person.getLoginName(), person.isActive(),
                person.getPasswordHash() != null, person.toDraft());
    }

    /** Creates the account and issues its password-setup link, shown once to the owner. */
    @Transactional
    public PasswordSetup.IssuedLink create(PersonDraft draft) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Team home = checked(draft, null);
        Person person = new Person(draft.getDisplayName().strip(), draft.getEmail(), draft.getEmail(),
                draft.getLocale(), draft.getZone(), draft.getRoles(), home);
        people.save(person);
        auditLog.record(actor, "PERSON_CREATED", RECORD_TYPE, person.getId(), changes(new PersonDraft(), draft));
        return passwordSetup.issue(person);
    }

    @Transactional
    public void update(long id, long expectedVersion, PersonDraft draft) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Person person = find(id);
        Versions.require(person.getVersion(), expectedVersion, RECORD_TYPE, person.getId());
        if (actor.personId() == id && !draft.getRoles().contains(Role.PROGRAM_OWNER)) {
            // an owner removing their own owner role would lock themselves out mid-session
            throw new InvalidInputException(List.of(Violation.of("roles", PersonProblem.CANNOT_REMOVE_OWN_OWNER_ROLE)));
        }
        Team home = checked(draft, person);
        List<FieldChange> changes = changes(person.toDraft(), draft);
        boolean rolesChanged = !person.getRoles().equals(draft.getRoles());
        String oldEmail = person.getEmail();
        person.apply(draft, home);
        if (person.getLoginName().equals(oldEmail)) {
            // people who sign in with their address keep doing so with the new one
            person.changeLoginName(person.getEmail());
        }
        auditLog.record(actor, "PERSON_UPDATED", RECORD_TYPE, id, changes);
        if (rolesChanged) {
            // open sessions carry the old roles for page access: end them, the person signs in again
            events.publishEvent(new PersonDeactivated(id, person.getLoginName()));
        }
    }

    @Transactional
    public void deactivate(long id, long expectedVersion) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Person person = find(id);
        Versions.require(person.getVersion(), expectedVersion, RECORD_TYPE, person.getId());
        if (actor.personId() == id) {
            throw new InvalidInputException(List.of(Violation.of("", PersonProblem.CANNOT_DEACTIVATE_SELF)));
        }
        person.deactivate();
        auditLog.record(actor, "PERSON_DEACTIVATED", RECORD_TYPE, id,
                new FieldChange.Collector().compare("active", true, false).changes());
        events.publishEvent(new PersonDeactivated(id, person.getLoginName()));
    }

    @Transactional
    public void reactivate(long id, long expectedVersion) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Person person = find(id);
        Versions.require(person.getVersion(), expectedVersion, RECORD_TYPE, person.getId());
        person.reactivate();
        auditLog.record(actor, "PERSON_REACTIVATED", RECORD_TYPE, id,
                new FieldChange.Collector().compare("active", false, true).changes());
    }

    /**
     * A fresh password-setup link (the earlier ones stop working), e.g. when the first was lost. For
     * an account with a password it is mailed to the person only, never shown to the owner.
     */
    @Transactional
    public PasswordSetup.IssuedLink issuePasswordSetup(long id) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        Person person = find(id);
        auditLog.record(actor, "PASSWORD_LINK_ISSUED", RECORD_TYPE, id);
        return passwordSetup.issue(person);
    }

    private Team checked(PersonDraft draft, Person existing) {
        List<Violation> violations = new ArrayList<>(PersonRules.check(draft));
        if (PersonRules.checkEmail(draft.getEmail()).isEmpty()) {
            String email = Person.normaliseEmail(draft.getEmail());
            people.findByEmail(email).or(() -> people.findByLoginName(email))
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> violations.add(Violation.of("email", PersonProblem.EMAIL_TAKEN)));
        }
        Team home = null;
        if (draft.getHomeTeamId() != null) {
            home = teams.findById(draft.getHomeTeamId()).orElse(null);
            if (home == null) {
                violations.add(Violation.of("homeTeamId", PersonProblem.TEAM_UNKNOWN));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return home;
    }

    private List<FieldChange> changes(PersonDraft before, PersonDraft after) {
        return new FieldChange.Collector()
                .compare("displayName", before.getDisplayName(), after.getDisplayName() == null ? null : after.getDisplayName().strip())
                .compare("email", before.getEmail(), after.getEmail() == null ? null : Person.normaliseEmail(after.getEmail()))
                .compare("locale", before.getDisplayName() == null ? null : before.getLocale(), after.getLocale())
                .compare("zone", before.getDisplayName() == null ? null : before.getZone(), after.getZone())
                .compare("roles", new TreeSet<>(before.getRoles()), new TreeSet<>(after.getRoles()))
                .compare("homeTeam", teamName(before.getHomeTeamId()), teamName(after.getHomeTeamId()))
                .changes();
    }

    private String teamName(Long id) {
        return id == null ? null : teams.findById(id).map(Team::getName).orElse(null);
    }

    private Person find(long id) {
        return people.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** The search text with LIKE's wildcards escaped: "50%" finds "50%", not everyone. */
    private static String normalise(String text) {
        return text == null ? "" : text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
