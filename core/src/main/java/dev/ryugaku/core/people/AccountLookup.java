package dev.ryugaku.core.people;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the person behind what was typed into the sign-in form: a login name or an e-mail address. */
@Service
public class AccountLookup {

    private final PersonRepository people;

    public AccountLookup(PersonRepository people) {
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Optional<Person> findBySignInName(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String name = typed.strip().toLowerCase(Locale.ROOT);
        return people.findByLoginName(name).or(() -> people.findByEmail(name));
    }
}
