package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.reminder.ProgramOwners;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The active program owners, in one query. */
@Repository
class ProgramOwnersQuery implements ProgramOwners {

    private final EntityManager em;

    ProgramOwnersQuery(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Long> activeOwnerIds() {
        return em.createQuery("""
                        select distinct p.id from Person p join p.roles r
                        where r = dev.ryugaku.core.security.Role.PROGRAM_OWNER and p.active = true order by p.id
                        """, Long.class).getResultList();
    }
}
