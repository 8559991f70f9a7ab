package dev.ryugaku.core.cohort;

import java.time.LocalDate;

/** A cohort as a list row shows it: one query fills a page of these, enrolled counts included. */
public record CohortSummary(long id, String name, LocalDate startDate, LocalDate endDate, int capacity,
                            CohortState state, String hostTeamName, long enrolled) {

    public CohortStatus statusOn(LocalDate today) {
        return CohortStatus.of(state, startDate, endDate, today);
    }
}
