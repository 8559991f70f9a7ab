package dev.ryugaku.core.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** Intake rounds and applications; implemented in the persistence module. */
public interface IntakeRepository {

    IntakeRound saveRound(IntakeRound round);

    Optional<IntakeRound> findRound(long id);

    Optional<IntakeRound> findRoundByCohort(long cohortId);

    /** Rounds of cohorts not cancelled whose dates include the day, soonest closing first. */
    List<IntakeRound> findRoundsOpenOn(java.time.LocalDate day);

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
}
