package dev.ryugaku.persistence.search;

import dev.ryugaku.core.search.CohortHit;
import dev.ryugaku.core.search.PersonHit;
import dev.ryugaku.core.search.RotationHit;
import dev.ryugaku.core.search.TaskHit;
import dev.ryugaku.core.search.SearchRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The search's queries, one per kind: who may open a row is part of the query (the same conditions
 * as the rotation gate, the cohort list and the task board), so a page never holds a row its viewer
 * may not open and costs one statement whatever it holds. Names and titles are compared by their
 * columns' collation (utf8mb4_unicode_ci: case-insensitive, Japanese as typed).
 */
@Repository
class SearchQueries implements SearchRepository {

    /** The rotations a viewer takes part in; {@code :viewerId} null for owners. */
    private static final String TAKES_PART = """
             (:viewerId is null or e.person.id = :viewerId or e.primaryMentor.id = :viewerId
                or e.secondaryMentor.id = :viewerId)
            """;

    private static final String PEOPLE = """
            select new dev.ryugaku.core.search.PersonHit(p.id, p.displayName, t.name)
            from Person p left join p.homeTeam t
            where p.displayName like :pattern escape '!'
            order by p.displayName, p.id
            """;

    private static final String PEOPLE_OF_MY_ROTATIONS = """
            select new dev.ryugaku.core.search.PersonHit(p.id, p.displayName, t.name, max(e.id))
            from Enrollment e join e.person p left join p.homeTeam t
            where p.displayName like :pattern escape '!' and
            """ + TAKES_PART + """
            group by p.id, p.displayName, t.name
            order by p.displayName, p.id
            """;

    private static final String COHORTS = """
            select new dev.ryugaku.core.search.CohortHit(c.id, c.name, c.startDate, c.endDate)
            from Cohort c
            where c.name like :pattern escape '!'
              and (:viewerId is null or (c.state <> dev.ryugaku.core.cohort.CohortState.DRAFT
                   and exists (select 1 from Enrollment m where m.cohort = c and (m.person.id = :viewerId
                        or m.primaryMentor.id = :viewerId or m.secondaryMentor.id = :viewerId))))
            order by c.startDate desc, c.id desc
            """;

    private static final String TASKS = """
            select new dev.ryugaku.core.search.TaskHit(t.id, t.title, t.status, ap.displayName)
            from ImprovementTask t left join t.assignee a left join a.person ap
                left join a.primaryMentor m1 left join a.secondaryMentor m2 left join t.reviewer r
            where t.title like :pattern escape '!'
              and (:viewerId is null or ap.id = :viewerId or m1.id = :viewerId or m2.id = :viewerId
                   or r.id = :viewerId or t.createdBy.id = :viewerId
                   or (t.goodFirstTask = true and a is null and t.status not in
                       (dev.ryugaku.core.task.TaskStatus.DONE, dev.ryugaku.core.task.TaskStatus.DROPPED)))
            order by t.createdAt desc, t.id desc
            """;

    private static final String ROTATIONS = """
            select new dev.ryugaku.core.search.RotationHit(e.id, p.displayName, c.name, e.status)
            from Enrollment e join e.person p join e.cohort c
            where (p.displayName like :pattern escape '!' or c.name like :pattern escape '!') and
            """ + TAKES_PART + """
            order by c.startDate desc, p.displayName, e.id
            """;

    private final EntityManager em;

    SearchQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PersonHit> people(String pattern, Long viewerId, int offset, int limit) {
        if (viewerId == null) {
            return page(em.createQuery(PEOPLE, PersonHit.class).setParameter("pattern", pattern), offset, limit);
        }
        return page(query(PEOPLE_OF_MY_ROTATIONS, PersonHit.class, pattern, viewerId), offset, limit);
    }

    @Override
    public List<CohortHit> cohorts(String pattern, Long viewerId, int offset, int limit) {
        return page(query(COHORTS, CohortHit.class, pattern, viewerId), offset, limit);
    }

    @Override
    public List<TaskHit> tasks(String pattern, Long viewerId, int offset, int limit) {
        return page(query(TASKS, TaskHit.class, pattern, viewerId), offset, limit);
    }

    @Override
    public List<RotationHit> rotations(String pattern, Long viewerId, int offset, int limit) {
        return page(query(ROTATIONS, RotationHit.class, pattern, viewerId), offset, limit);
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, String pattern, Long viewerId) {
        return em.createQuery(jpql, type).setParameter("pattern", pattern).setParameter("viewerId", viewerId);
    }

    private static <T> List<T> page(TypedQuery<T> query, int offset, int limit) {
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
