package dev.ryugaku.core.search;

import java.time.LocalDate;

/** A cohort found. */
public record CohortHit(long cohortId, String name, LocalDate startDate, LocalDate endDate) {
}
