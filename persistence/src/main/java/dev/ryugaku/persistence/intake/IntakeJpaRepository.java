package dev.ryugaku.persistence.intake;

import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.IntakeApplication;
import dev.ryugaku.core.intake.IntakeRepository;
import dev.ryugaku.core.intake.IntakeRound;
import dev.ryugaku.core.intake.NomineeOption;
import dev.ryugaku.core.intake.RoundToDecide;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/** Intake rounds and applications by JPQL; filters that are null match all. */
@Repository
class IntakeJpaRepository implements IntakeRepository {

    private static final String FILTERED = """
            from IntakeApplication a join a.person p left join a.homeTeam t
            where a.round.id = :roundId
              and (:teamId is null or t.id = :teamId)
              and (:state is null or a.state = :state)
              and (:skillId is null or :skillId member of a.skillIds)
            """;

    @PersistenceContext
    private EntityManager em;

    @Override
    public IntakeRound saveRound(IntakeRound round) {
        em.persist(round);
        return round;
    }

    @Override
    public Optional<IntakeRound> findRound(long id) {
        return Optional.ofNullable(em.find(IntakeRound.class, id));
    }

    @Override
    public Optional<IntakeRound> findRoundByCohort(long cohortId) {
        return em.createQuery("select r from IntakeRound r join fetch r.cohort c where c.id = :cohortId", IntakeRound.class)
                .setParameter("cohortId", cohortId).getResultStream().findFirst();
    }

    @Override
    public List<IntakeRound> findRoundsOpenOn(LocalDate day) {
        return em.createQuery("""
                        select r from IntakeRound r join fetch r.cohort c
                        where r.opensOn <= :day and r.closesOn >= :day and r.closedAt is null
                          and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
                        order by r.closesOn, r.id
                        """, IntakeRound.class)
                .setParameter("day", day).getResultList();
    }

    @Override
    public IntakeApplication saveApplication(IntakeApplication application) {
        em.persist(application);
        return application;
    }

    @Override
    public Optional<IntakeApplication> findApplication(long id) {
        return Optional.ofNullable(em.find(IntakeApplication.class, id));
    }

    @Override
    public boolean existsByRoundAndPerson(long roundId, long personId) {
        return em.createQuery("select count(a) from IntakeApplication a where a.round.id = :roundId and a.person.id = :personId",
                        Long.class)
                .setParameter("roundId", roundId).setParameter("personId", personId).getSingleResult() > 0;
    }

    @Override
    public List<IntakeApplication> findApplications(long roundId, Long teamId, ApplicationState state, Long skillId,
                                                    Pageable pageable) {
        TypedQuery<IntakeApplication> query = filtered("select a " + FILTERED + " order by a.createdAt, a.id",
                IntakeApplication.class, roundId, teamId, state, skillId);
        return query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
    }

    @Override
    public long countApplications(long roundId, Long teamId, ApplicationState state, Long skillId) {
        return filtered("select count(a) " + FILTERED, Long.class, roundId, teamId, state, skillId).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String jpql, Class<T> type, long roundId, Long teamId, ApplicationState state,
                                       Long skillId) {
        return em.createQuery(jpql, type).setParameter("roundId", roundId).setParameter("teamId", teamId)
                .setParameter("state", state).setParameter("skillId", skillId);
    }

    @Override
    public List<IntakeApplication> findAllOfRound(long roundId) {
        return em.createQuery("select a from IntakeApplication a left join fetch a.homeTeam where a.round.id = :roundId",
                IntakeApplication.class).setParameter("roundId", roundId).getResultList();
    }

    @Override
    public List<IntakeApplication> findByPerson(long personId) {
        return em.createQuery("""
                select a from IntakeApplication a join fetch a.round r join fetch r.cohort
                where a.person.id = :personId order by a.createdAt desc, a.id desc
                """, IntakeApplication.class).setParameter("personId", personId).getResultList();
    }

    @Override
    public List<IntakeApplication> findForManager(long managerId) {
        return em.createQuery("""
                select a from IntakeApplication a join fetch a.round r join fetch r.cohort join fetch a.person
                join fetch a.homeTeam t
                where t.managerId = :managerId order by a.createdAt desc, a.id desc
                """, IntakeApplication.class).setParameter("managerId", managerId).getResultList();
    }

    @Override
    public List<IntakeApplication> findAwaitingApprovalBy(long managerId) {
        return em.createQuery("""
                select a from IntakeApplication a join fetch a.round r join fetch r.cohort join fetch a.person
                join a.homeTeam t
                where t.managerId = :managerId and r.approvalRequired = true
                  and a.state = dev.ryugaku.core.intake.ApplicationState.SUBMITTED
                order by a.submittedAt, a.id
                """, IntakeApplication.class).setParameter("managerId", managerId).getResultList();
    }

    @Override
    public List<IntakeApplication> findWaitlist(long roundId) {
        return em.createQuery("""
                select a from IntakeApplication a
                where a.round.id = :roundId and a.state = dev.ryugaku.core.intake.ApplicationState.WAITLISTED
                order by a.waitlistPosition, a.createdAt, a.id
                """, IntakeApplication.class).setParameter("roundId", roundId).getResultList();
    }

    @Override
    public List<NomineeOption> findNominees(long managerId) {
        return em.createQuery("""
                select new dev.ryugaku.core.intake.NomineeOption(p.id, p.displayName, t.name)
                from Person p join p.homeTeam t
                where t.managerId = :managerId and p.active = true and p.id <> :managerId
                order by p.displayName, p.id
                """, NomineeOption.class).setParameter("managerId", managerId).getResultList();
    }

    @Override
    public boolean managesATeam(long personId) {
        return em.createQuery("select count(t) from Team t where t.managerId = :personId", Long.class)
                .setParameter("personId", personId).getSingleResult() > 0;
    }

    @Override
    public List<NomineeOption> findManagerOptions() {
        return em.createQuery("""
                select new dev.ryugaku.core.intake.NomineeOption(p.id, p.displayName, t.name)
                from Person p left join p.homeTeam t where p.active = true order by p.displayName, p.id
                """, NomineeOption.class).getResultList();
    }

    @Override
    public List<IntakeRound> findAllRounds() {
        return em.createQuery("select r from IntakeRound r join fetch r.cohort c order by c.startDate desc, r.id desc",
                IntakeRound.class).getResultList();
    }

    @Override
    public List<IntakeApplication> findAllApplications() {
        return em.createQuery("select a from IntakeApplication a left join fetch a.homeTeam", IntakeApplication.class)
                .getResultList();
    }

    @Override
    public int deleteDeclined(long roundId) {
        List<IntakeApplication> declined = em.createQuery("""
                select a from IntakeApplication a where a.round.id = :roundId
                  and a.state in (dev.ryugaku.core.intake.ApplicationState.DECLINED,
                                  dev.ryugaku.core.intake.ApplicationState.MANAGER_DECLINED)
                """, IntakeApplication.class).setParameter("roundId", roundId).getResultList();
        declined.forEach(em::remove);
        return declined.size();
    }

    private static final String WITH_EVERYTHING = """
            select a from IntakeApplication a join fetch a.round r join fetch r.cohort c join fetch a.person
            left join fetch a.homeTeam t
            """;

    @Override
    public List<IntakeApplication> findAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(WITH_EVERYTHING + " where a.id in :ids", IntakeApplication.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<IntakeApplication> findWaitingInRoundsClosingBetween(LocalDate first, LocalDate last) {
        return em.createQuery(WITH_EVERYTHING + """
                        where r.closesOn between :first and :last and r.closedAt is null
                          and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
                          and a.state in (dev.ryugaku.core.intake.ApplicationState.NOMINATED,
                                          dev.ryugaku.core.intake.ApplicationState.SUBMITTED)
                        order by a.id
                        """, IntakeApplication.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }

    @Override
    public List<IntakeApplication> findMovedSince(Instant since) {
        return em.createQuery(WITH_EVERYTHING + """
                        where a.submittedAt >= :since or a.approvedAt >= :since or a.decidedAt >= :since
                        order by a.id
                        """, IntakeApplication.class)
                .setParameter("since", since).getResultList();
    }

    @Override
    public List<IntakeApplication> findAllOfRounds(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(WITH_EVERYTHING + " where r.id in :roundIds order by a.id", IntakeApplication.class)
                .setParameter("roundIds", roundIds).getResultList();
    }

    @Override
    public List<RoundToDecide> findRoundsToDecide(LocalDate today) {
        return em.createQuery("""
                        select new dev.ryugaku.core.intake.RoundToDecide(r.id, c.id, c.name, count(a),
                            max(case when a.state = dev.ryugaku.core.intake.ApplicationState.APPROVED then a.approvedAt
                                     else a.submittedAt end))
                        from IntakeApplication a join a.round r join r.cohort c left join a.homeTeam t
                        where c.startDate > :today and c.state <> dev.ryugaku.core.cohort.CohortState.CANCELLED
                          and (a.state = dev.ryugaku.core.intake.ApplicationState.APPROVED
                               or (a.state = dev.ryugaku.core.intake.ApplicationState.SUBMITTED
                                   and (r.approvalRequired = false or t.managerId is null)))
                        group by r.id, c.id, c.name, c.startDate
                        order by c.startDate, r.id
                        """, RoundToDecide.class)
                .setParameter("today", today).getResultList();
    }
}
