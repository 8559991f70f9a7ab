package dev.ryugaku.core.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local passwords of people who sign in with one: stored hashes kept up to date. */
@Service
public class LocalPasswords {

    private final PersonRepository people;

    public LocalPasswords(PersonRepository people) {
        this.people = people;
    }

    /**
     * Stores a hash of the same password in the current format (after a successful sign-in with an
     * older one), unless the password was changed meanwhile.
     */
    @Transactional
    public void rehash(long personId, String oldHash, String newHash) {
        people.findById(personId)
                .filter(person -> oldHash != null && oldHash.equals(person.getPasswordHash()))
                .ifPresent(person -> person.setPasswordHash(newHash));
    }
}
