package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonJpaRepository extends JpaRepository<Person, Long>, PersonRepository {

    @Override
    @Query("select count(p) > 0 from Person p join p.roles r where r = :role")
    boolean existsByRolesContaining(@Param("role") Role role);
}
