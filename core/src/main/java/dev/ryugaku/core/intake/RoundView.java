package dev.ryugaku.core.intake;

import java.time.LocalDate;

/** A round as pages show it, with whether it takes applications today. */
public record RoundView(long id, long version, long cohortId, String cohortName, LocalDate cohortStart,
                        int capacity, RoundDraft settings, boolean open, boolean closedEarly) {

    static RoundView of(IntakeRound round, LocalDate today) {
        var cohort = round.getCohort();
        return new RoundView(round.getId(), round.getVersion(), cohort.getId(), cohort.getName(), cohort.getStartDate(),
                cohort.getCapacity(), round.toDraft(), round.isOpenOn(today), round.getClosedAt() != null);
    }
}
