package dev.ryugaku.core.cohort;

import dev.ryugaku.core.people.TeamRef;
import java.time.LocalDate;

/** Everything the cohort page shows, read in one transaction. */
public record CohortDetails(long id, long version, String name, LocalDate startDate, LocalDate endDate,
                            int capacity, TeamRef hostTeam, CheckInCadence cadence, LocalDate kickoffDate,
                            LocalDate midTermReviewDate, LocalDate finalReviewDate, String description,
                            CohortStatus status, long enrolled, boolean editable) {
}
