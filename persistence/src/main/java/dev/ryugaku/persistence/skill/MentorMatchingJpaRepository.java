package dev.ryugaku.persistence.skill;

import dev.ryugaku.core.skill.DeclaredSkillArea;
import dev.ryugaku.core.skill.MentorArea;
import dev.ryugaku.core.skill.MentorLoad;
import dev.ryugaku.core.skill.MentorMatchingRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Mentor matching: loads, declared areas and assessed areas are one query each for all mentors. */
interface MentorMatchingJpaRepository extends JpaRepository<DeclaredSkillArea, Long>, MentorMatchingRepository {

    @Override
    List<DeclaredSkillArea> findByPersonId(long personId);

    @Override
    @Query("""
            select new dev.ryugaku.core.skill.MentorLoad(p.id, p.displayName,
                (select count(e) from Enrollment e join e.cohort c
                 where (e.primaryMentor = p or e.secondaryMentor = p)
                   and e.status in (dev.ryugaku.core.enrollment.EnrollmentStatus.PLANNED,
                                    dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE)
                   and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
                   and coalesce(e.startDate, c.startDate) <= :to
                   and coalesce(e.endDate, c.endDate) >= :from))
            from Person p join p.roles r
            where r = dev.ryugaku.core.security.Role.MENTOR and p.active = true
            order by p.displayName, p.id
            """)
    List<MentorLoad> findMentorLoads(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Override
    @Query("""
            select new dev.ryugaku.core.skill.MentorArea(d.personId, d.skillAreaId)
            from DeclaredSkillArea d where d.personId in :personIds
            """)
    List<MentorArea> findDeclaredAreas(@Param("personIds") Collection<Long> personIds);

    @Override
    @Query("""
            select distinct new dev.ryugaku.core.skill.MentorArea(e.person.id, key(r))
            from SkillAssessment a join a.enrollment e join a.ratings r
            where e.person.id in :personIds
              and a.side = dev.ryugaku.core.skill.AssessmentSide.MENTOR
              and a.status = dev.ryugaku.core.skill.AssessmentStatus.SUBMITTED
              and e.status <> dev.ryugaku.core.enrollment.EnrollmentStatus.WITHDRAWN
              and r.level >= :minimumLevel
            """)
    List<MentorArea> findAssessedAreas(@Param("personIds") Collection<Long> personIds,
                                       @Param("minimumLevel") int minimumLevel);
}
