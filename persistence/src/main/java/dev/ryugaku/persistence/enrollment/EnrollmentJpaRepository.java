package dev.ryugaku.persistence.enrollment;

import dev.ryugaku.core.enrollment.CohortMentor;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.enrollment.ParticipantOption;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Enrollment queries: each list is one projection query, whatever its length. */
interface EnrollmentJpaRepository extends JpaRepository<Enrollment, Long>, EnrollmentRepository {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrollment e where e.id = :id")
    Optional<Enrollment> findForUpdate(@Param("id") long id);

    String SUMMARY = """
            select new dev.ryugaku.core.enrollment.EnrollmentSummary(e.id, p.id, p.displayName, c.id, c.name,
                m1.displayName, m2.displayName, e.status,
                coalesce(e.startDate, c.startDate), coalesce(e.endDate, c.endDate))
            from Enrollment e join e.person p join e.cohort c
                left join e.primaryMentor m1 left join e.secondaryMentor m2
            """;

    @Override
    @Query("""
            select e from Enrollment e join fetch e.cohort left join fetch e.homeTeam
                left join fetch e.primaryMentor left join fetch e.secondaryMentor where e.id = :id
            """)
    Optional<Enrollment> findDetailedById(@Param("id") long id);

    @Override
    default List<EnrollmentSummary> findSummariesByCohort(long cohortId, Long visibleTo, Sort sort) {
        return summariesByCohort(cohortId, visibleTo, sort.and(Sort.by("p.displayName", "e.id")));
    }

    @Query(SUMMARY + """
             where c.id = :cohortId
               and (:visibleTo is null or p.id = :visibleTo or m1.id = :visibleTo or m2.id = :visibleTo)
            """)
    List<EnrollmentSummary> summariesByCohort(@Param("cohortId") long cohortId, @Param("visibleTo") Long visibleTo, Sort sort);

    @Override
    @Query(SUMMARY + " where p.id = :personId order by coalesce(e.startDate, c.startDate) desc, e.id desc")
    List<EnrollmentSummary> findSummariesByParticipant(@Param("personId") long personId);

    @Override
    @Query(SUMMARY + """
             where (m1.id = :mentorId or m2.id = :mentorId) and e.status in :statuses
               and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
             order by coalesce(e.endDate, c.endDate), p.displayName
            """)
    List<EnrollmentSummary> findSummariesByMentor(@Param("mentorId") long mentorId,
                                                  @Param("statuses") Collection<EnrollmentStatus> statuses);

    @Override
    @Query("""
            select e from Enrollment e join fetch e.person join fetch e.cohort
            where e.cohort.id = :cohortId and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN
            """)
    List<Enrollment> findCurrentByCohort(@Param("cohortId") long cohortId);

    @Override
    @Query("""
            select e from Enrollment e join fetch e.cohort
            where e.person.id = :personId and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN
              and e.cohort.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
            """)
    List<Enrollment> findCurrentByPerson(@Param("personId") long personId);

    @Override
    @Query("""
            select new dev.ryugaku.core.enrollment.MentorOption(p.id, p.displayName,
                (select count(e) from Enrollment e
                 where (e.primaryMentor = p or e.secondaryMentor = p)
                   and e.status = dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE
                   and e.cohort.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED))
            from Person p join p.roles r
            where r = dev.ryugaku.core.security.Role.MENTOR and p.active = true
            order by p.displayName
            """)
    List<MentorOption> findMentorOptions();

    @Override
    @Query("""
            select new dev.ryugaku.core.enrollment.ParticipantOption(p.id, p.displayName, t.id, t.name)
            from Person p join p.roles r left join p.homeTeam t
            where r = dev.ryugaku.core.security.Role.PARTICIPANT and p.active = true
            order by p.displayName
            """)
    List<ParticipantOption> findParticipantOptions();

    @Override
    @Query("""
            select distinct new dev.ryugaku.core.enrollment.CohortMentor(e.cohort.id, m.id, m.displayName)
            from Enrollment e join Person m on (m = e.primaryMentor or m = e.secondaryMentor)
            where e.cohort.id in :cohortIds and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN
            order by m.displayName
            """)
    List<CohortMentor> findMentorsOfCohorts(@Param("cohortIds") Collection<Long> cohortIds);
}
