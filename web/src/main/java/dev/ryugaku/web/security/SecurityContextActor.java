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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The actor behind the current request. Roles, time zone and the active flag are read from the
 * database in every transaction (one statement), not from the session: a role taken away or a
 * deactivation counts at once, on every replica.
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
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load(user);
        }
        // one read per transaction: a page that calls several services inside one transaction asks once
        if (TransactionSynchronizationManager.getResource(this) instanceof Actor known && known.personId() == user.getPersonId()) {
            return known;
        }
        Actor actor = load(user);
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
        TransactionSynchronizationManager.bindResource(this, actor);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SecurityContextActor.this);
            }
        });
        return actor;
    }

    private Actor load(RyugakuUser user) {
        Person person = people.findWithRolesById(user.getPersonId())
                .filter(Person::isActive)
                .orElseThrow(() -> new DisabledException("person " + user.getPersonId() + " is no longer active"));
        return new Actor(person.getId(), person.getDisplayName(), person.getRoles(), person.getZone());
    }
}
