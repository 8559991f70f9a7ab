package dev.ryugaku.core.cohort;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a cohort's enrollments still fit when its period changes. Defined here, implemented by
 * the enrollment feature, so that cohorts need not know enrollments.
 */
public interface CohortPeriodGuard {

    List<Violation> check(long cohortId, LocalDate newStart, LocalDate newEnd);
}
