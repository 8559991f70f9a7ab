package dev.ryugaku.core.people;

import dev.ryugaku.core.security.PasswordPolicy;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode there is no default account: the first program owner is created from
 * configuration on the first start, and only while no program owner exists.
 */
@Service
public class BootstrapOwner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapOwner.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    public BootstrapOwner(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * @return the created owner, or empty when a program owner exists already or nothing was configured
     * @throws IllegalStateException when the configured address or password is unusable
     */
    @Transactional
    public Optional<Person> createIfNoOwner(String email, String password) {
        boolean ownerExists = people.existsByRolesContaining(Role.PROGRAM_OWNER);
        if (email == null || email.isBlank()) {
            if (!ownerExists) {
                log.warn("No program owner exists and RYUGAKU_BOOTSTRAP_OWNER_EMAIL is not set: nobody can sign in yet");
            }
            return Optional.empty();
        }
        // a configured owner is checked even when unused, so that a weak setting never waits for an empty database
        if (email.strip().indexOf('@') < 1) {
            throw new IllegalStateException("RYUGAKU_BOOTSTRAP_OWNER_EMAIL is not an e-mail address: " + email);
        }
        String login = Person.normaliseEmail(email);
        List<Violation> weak = PasswordRules.checkPassword(password, login, login);
        if (!weak.isEmpty()) {
            throw new IllegalStateException("RYUGAKU_BOOTSTRAP_OWNER_PASSWORD is refused (" + weak.getFirst().reason()
                    + "): it must have at least " + PasswordPolicy.MINIMUM_LENGTH
                    + " characters, not be a common password and not contain the address");
        }
        if (ownerExists) {
            return Optional.empty();
        }
        String displayName = login.substring(0, login.indexOf('@'));
        Person owner = new Person(displayName, login, login, Locale.JAPANESE, Person.DEFAULT_ZONE,
                Set.of(Role.PROGRAM_OWNER), null);
        owner.setPasswordHash(passwordEncoder.encode(password));
        log.info("Created the first program owner {}", login);
        return Optional.of(people.save(owner));
    }
}
