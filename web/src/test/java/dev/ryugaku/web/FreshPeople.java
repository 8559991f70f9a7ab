package dev.ryugaku.web;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * New people with a language and time zone of their own, who sign in with their e-mail address.
 * Saved directly, so no password-setup link (and mail) is issued for them.
 */
@Component
public class FreshPeople {

    private final PersonRepository people;

    FreshPeople(PersonRepository people) {
        this.people = people;
    }

    /** A person; their sign-in name is their e-mail address. */
    public Fresh create(String displayName, Locale locale, ZoneId zone, Role... roles) {
        String email = "fresh-" + UUID.randomUUID() + "@example.com";
        Person person = people.save(new Person(displayName, email, email, locale, zone, Set.of(roles), null));
        return new Fresh(person.getId(), email);
    }

    /** A person who signs in with a password; {@code passwordHash} as stored, e.g. {@code {bcrypt}…}. */
    public Fresh withPassword(String displayName, String passwordHash, Role... roles) {
        Fresh fresh = create(displayName, Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), roles);
        Person person = people.findById(fresh.personId()).orElseThrow();
        person.setPasswordHash(passwordHash);
        people.save(person);
        return fresh;
    }

    /** The person's stored password hash now. */
    public String passwordHashOf(Fresh fresh) {
        return people.findById(fresh.personId()).orElseThrow().getPasswordHash();
    }

    public record Fresh(long personId, String email) {
    }
}
