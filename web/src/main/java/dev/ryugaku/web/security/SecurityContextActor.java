package dev.ryugaku.web.security;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor behind the current request. Roles, time zone and the active flag are read from the
 * database on every call, not from the session: a role taken away or a deactivation counts at
 * once, on every replica.
 */
@Component
class SecurityContextActor implements CurrentActor {

    private final PersonRepository people;

    SecurityContextActor(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RyugakuUser user)) {
            throw new AuthenticationCredentialsNotFoundException("nobody is signed in");
        }
        Person person = people.findById(user.getPersonId())
                .filter(Person::isActive)
                .orElseThrow(() -> new DisabledException("person " + user.getPersonId() + " is no longer active"));
        return new Actor(person.getId(), person.getDisplayName(), person.getRoles(), person.getZone());
    }
}
