package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.security.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an identity confirmed by the OpenID Connect provider to a person: by verified e-mail
 * address, active people only. Creates a person (without roles, unless groups give some) only
 * when the policy allows it; a refusal creates and changes nothing.
 */
@Service
public class SingleSignOnAccounts {

    private final PersonRepository people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    public SingleSignOnAccounts(PersonRepository people, AuditLog auditLog, ApplicationEventPublisher events) {
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional
    public SignOnResult signOn(ProviderIdentity identity, SignOnPolicy policy) {
        String email = identity.email() == null ? "" : Person.normaliseEmail(identity.email());
        if (email.indexOf('@') < 1 || email.length() > PersonRules.EMAIL_MAX_LENGTH) {
            return new SignOnResult.Refused(SignOnRefusal.NO_EMAIL);
        }
        if (!identity.emailVerified()) {
            return new SignOnResult.Refused(SignOnRefusal.UNVERIFIED_EMAIL);
        }
        if (!policy.allowsDomainOf(email)) {
            return new SignOnResult.Refused(SignOnRefusal.OTHER_DOMAIN);
        }
        Optional<Person> known = people.findByEmail(email);
        if (known.isPresent()) {
            Person person = known.get();
            if (!person.isActive()) {
                return new SignOnResult.Refused(SignOnRefusal.DEACTIVATED);
            }
            identity.rolesFromGroups().ifPresent(roles -> takeRolesFromGroups(person, roles));
            return new SignOnResult.SignedOn(person, false);
        }
        // a login name equal to the address belongs to someone else: never hand their sign-in name out twice
        if (!policy.mayCreateAccounts() || people.findByLoginName(email).isPresent()) {
            return new SignOnResult.Refused(SignOnRefusal.UNKNOWN_PERSON);
        }
        return new SignOnResult.SignedOn(create(email, identity), true);
    }

    private Person create(String email, ProviderIdentity identity) {
        Set<Role> roles = identity.rolesFromGroups().orElse(Set.of());
        Person person = people.save(new Person(displayName(email, identity.name()), email, email, Locale.JAPANESE,
                Person.DEFAULT_ZONE, roles, null));
        // no actor: the provider vouched for the person, nobody in Ryugaku acted
        auditLog.record(null, "PERSON_CREATED_BY_SSO", PersonService.RECORD_TYPE, person.getId(),
                new FieldChange.Collector()
                        .compare("email", null, email)
                        .compare("roles", null, roles.isEmpty() ? null : EnumSet.copyOf(roles))
                        .changes());
        return person;
    }

    private void takeRolesFromGroups(Person person, Set<Role> roles) {
        if (person.getRoles().equals(roles)) {
            return;
        }
        PersonDraft draft = person.toDraft();
        Set<Role> before = person.getRoles();
        draft.setRoles(roles);
        person.apply(draft, person.getHomeTeam());
        auditLog.record(null, "ROLES_FROM_PROVIDER_GROUPS", PersonService.RECORD_TYPE, person.getId(),
                new FieldChange.Collector().compare("roles", before, person.getRoles()).changes());
        // open sessions carry the old roles for page access: end them, as an owner's role change does
        events.publishEvent(new PersonDeactivated(person.getId(), person.getLoginName()));
    }

    /** The provider's name when it is usable, else the address before the @. */
    private static String displayName(String email, String name) {
        String candidate = name == null ? "" : name.strip();
        boolean usable = !candidate.isEmpty() && candidate.length() <= PersonRules.DISPLAY_NAME_MAX_LENGTH
                && candidate.codePoints().noneMatch(Character::isISOControl);
        return usable ? candidate : email.substring(0, email.indexOf('@'));
    }
}
