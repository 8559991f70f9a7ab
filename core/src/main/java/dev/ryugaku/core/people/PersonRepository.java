package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

public interface PersonRepository {

    Person save(Person person);

    Optional<Person> findById(Long id);

    Optional<Person> findByLoginName(String loginName);

    /** The person with their roles, in one statement: read on every service call to know who acts. */
    Optional<Person> findWithRolesById(long id);

    Optional<Person> findByEmail(String email);

    List<Person> findByEmailIn(Collection<String> emails);

    /** These people, in one query (e.g. the names a batch of mails mentions). */
    List<Person> findByIdIn(Collection<Long> ids);

    boolean existsByRolesContaining(Role role);

    long count();

    /** A page of people whose name, e-mail or home team contains the text, by name. */
    List<PersonSummary> search(String text, Pageable pageable);

    long countSearch(String text);
}
