package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.TeamUsage;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;

/** A team hosts cohorts when any cohort names it as host. */
@Repository
class CohortHostUsage implements TeamUsage {

    private final EntityManager em;

    CohortHostUsage(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean hostsCohorts(long teamId) {
        return em.createQuery("select count(c) from Cohort c where c.hostTeam.id = :teamId", Long.class)
                .setParameter("teamId", teamId).getSingleResult() > 0;
    }
}
