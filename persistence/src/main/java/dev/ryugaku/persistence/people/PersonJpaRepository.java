package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.PersonSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.persistence.db.Orders;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonJpaRepository extends JpaRepository<Person, Long>, PersonRepository {

    /**
     * Name, e-mail or home team containing the text; the columns' _ci collation ignores case. The
     * service escapes LIKE's wildcards with "!" (a backslash would need escaping again in MySQL).
     */
    String MATCHES = """
            (:text = '' or p.displayName like concat('%', :text, '%') escape '!'
                or p.email like concat('%', lower(:text), '%') escape '!'
                or t.name like concat('%', :text, '%') escape '!')
            """;

    @Override
    @Query("select p from Person p left join fetch p.roles where p.id = :id")
    Optional<Person> findWithRolesById(@Param("id") long id);

    @Override
    @Query("select count(p) > 0 from Person p join p.roles r where r = :role")
    boolean existsByRolesContaining(@Param("role") Role role);

    @Override
    default List<PersonSummary> search(String text, Pageable pageable) {
        return summaries(text, Orders.then(pageable, Sort.by("p.displayName", "p.id")));
    }

    /** The search, in the page's order (the caller's, then by name). */
    @Query("select new dev.ryugaku.core.people.PersonSummary(p.id, p.displayName, p.email, t.name, p.active) "
            + "from Person p left join p.homeTeam t where " + MATCHES)
    List<PersonSummary> summaries(@Param("text") String text, Pageable pageable);

    @Override
    @Query("select count(p) from Person p left join p.homeTeam t where " + MATCHES)
    long countSearch(@Param("text") String text);
}
