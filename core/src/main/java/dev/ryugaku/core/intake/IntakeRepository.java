package dev.ryugaku.core.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** Intake rounds and applications; implemented in the persistence module. */
public interface IntakeRepository {

    IntakeRound saveRound(IntakeRound round);

    Optional<IntakeRound> findRound(long id);

    Optional<IntakeRound> findRoundByCohort(long cohortId);

    /** Rounds of cohorts not cancelled whose dates include the day, soonest closing first. */
    List<IntakeRound> findRoundsOpenOn(LocalDate day);

    IntakeApplication saveApplication(IntakeApplication application);

    Optional<IntakeApplication> findApplication(long id);

    boolean existsByRoundAndPerson(long roundId, long personId);

    /** A page of the round's applications; a null filter matches all. */
    List<IntakeApplication> findApplications(long roundId, Long teamId, ApplicationState state, Long skillId,
                                             Pageable pageable);

    long countApplications(long roundId, Long teamId, ApplicationState state, Long skillId);

    /** Every application of the round, for its figures. */
    List<IntakeApplication> findAllOfRound(long roundId);

    /** The person's applications, latest first. */
    List<IntakeApplication> findByPerson(long personId);

    /** Applications whose home team the manager manages, latest first. */
    List<IntakeApplication> findForManager(long managerId);

    /**
     * Applications waiting for this manager's approval now (submitted, in a round that asks for it, from
     * a team they manage), oldest first: what the bell shows on every page, so only these are read.
     */
    List<IntakeApplication> findAwaitingApprovalBy(long managerId);

    /** The round's waitlist, in order. */
    List<IntakeApplication> findWaitlist(long roundId);

    /** Active people, other than the manager, whose home team the manager manages, by name. */
    List<NomineeOption> findNominees(long managerId);

    boolean managesATeam(long personId);

    /** Active people who can be made a team's manager, by name. */
    List<NomineeOption> findManagerOptions();

    /** Every round with its cohort, the latest cohort first. */
    List<IntakeRound> findAllRounds();

    /** Every application of every round, with its round and home team: the program view's input. */
    List<IntakeApplication> findAllApplications();

    /** Deletes the round's applications declined by a manager or an owner; returns how many. */
    int deleteDeclined(long roundId);

    /** These applications with their round, cohort, person and home team, for the notices about them. */
    List<IntakeApplication> findAmong(Collection<Long> ids);

    /**
     * Applications waiting for someone in rounds still taking applications whose closing day lies in
     * the period: nominations not confirmed, and submitted ones (some waiting for the manager).
     */
    List<IntakeApplication> findWaitingInRoundsClosingBetween(LocalDate first, LocalDate last);

    /** Applications submitted, approved, decided or withdrawn since then, with their round and cohort. */
    List<IntakeApplication> findMovedSince(Instant since);

    /** Every application of these rounds, with round, cohort, person and home team. */
    List<IntakeApplication> findAllOfRounds(Collection<Long> roundIds);

    /** Rounds of cohorts not started nor cancelled with applications waiting for the owners, soonest cohort first. */
    List<RoundToDecide> findRoundsToDecide(LocalDate today);
}
