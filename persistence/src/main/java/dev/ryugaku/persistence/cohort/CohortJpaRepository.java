package dev.ryugaku.persistence.cohort;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.persistence.db.Orders;
import java.time.LocalDate;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Cohort queries. A page of list rows is one projection query, enrolled counts included, so a
 * page costs the same whatever its size; the total is one count query.
 */
interface CohortJpaRepository extends JpaRepository<Cohort, Long>, CohortRepository {

    String SUMMARY = """
            select new dev.ryugaku.core.cohort.CohortSummary(c.id, c.name, c.startDate, c.endDate, c.capacity,
                c.state, t.name,
                (select count(e) from Enrollment e where e.cohort = c
                    and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN))
            from Cohort c join c.hostTeam t
            """;

    String MEMBER = """
            exists (select 1 from Enrollment m where m.cohort = c and (m.person.id = :personId
                or m.primaryMentor.id = :personId or m.secondaryMentor.id = :personId))
            """;

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.id = :id")
    Optional<Cohort> findForUpdate(@Param("id") long id);

    /** The lists' own order, after the caller's: newest first. */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("c.startDate"), Sort.Order.desc("c.id"));

    @Override
    default List<CohortSummary> findAllSummaries(Pageable pageable) {
        return allSummaries(Orders.then(pageable, NEWEST_FIRST));
    }

    @Query(SUMMARY)
    List<CohortSummary> allSummaries(Pageable pageable);

    @Override
    default List<CohortSummary> findSummariesForMember(long personId, Pageable pageable) {
        return summariesForMember(personId, Orders.then(pageable, NEWEST_FIRST));
    }

    @Query(SUMMARY + " where c.state <> dev.ryugaku.core.cohort.CohortState.DRAFT and " + MEMBER)
    List<CohortSummary> summariesForMember(@Param("personId") long personId, Pageable pageable);

    @Override
    @Query("select count(c) from Cohort c where c.state <> dev.ryugaku.core.cohort.CohortState.DRAFT and " + MEMBER)
    long countForMember(@Param("personId") long personId);

    @Override
    @Query(SUMMARY + """
             where c.endDate >= :from and c.startDate <= :to
               and (:memberId is null or (c.state <> dev.ryugaku.core.cohort.CohortState.DRAFT
                    and exists (select 1 from Enrollment m where m.cohort = c and (m.person.id = :memberId
                        or m.primaryMentor.id = :memberId or m.secondaryMentor.id = :memberId))))
             order by c.startDate, c.id
            """)
    List<CohortSummary> findTimeline(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                     @Param("memberId") Long memberId);

    @Override
    @Query("select count(c) > 0 from Cohort c where c.id = :cohortId and " + MEMBER)
    boolean isMember(@Param("cohortId") long cohortId, @Param("personId") long personId);

    @Override
    @Query("""
            select count(e) from Enrollment e where e.cohort.id = :cohortId
              and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN
            """)
    long countEnrolled(@Param("cohortId") long cohortId);
}
