package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import java.util.Optional;

public interface PersonRepository {

    Person save(Person person);

    Optional<Person> findById(Long id);

    Optional<Person> findByLoginName(String loginName);

    Optional<Person> findByEmail(String email);

    boolean existsByRolesContaining(Role role);

    long count();
}
