package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.cohort.CohortPeriodGuard;
import dev.ryugaku.core.cohort.CohortProblem;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A cohort's new period must still hold its enrollments: per-person date overrides stay inside the
 * bounds of {@link EnrollmentRules}, and nobody ends up with two rotations at once.
 */
@Component
class EnrollmentPeriodGuard implements CohortPeriodGuard {

    private final EnrollmentRepository enrollments;

    EnrollmentPeriodGuard(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public List<Violation> check(long cohortId, LocalDate newStart, LocalDate newEnd) {
        List<Violation> found = new ArrayList<>();
        for (Enrollment enrollment : enrollments.findCurrentByCohort(cohortId)) {
            String name = enrollment.getPerson().getDisplayName();
            EnrollmentDraft dates = enrollment.toDraft();
            if (!EnrollmentRules.checkDates(dates, newStart, newEnd).isEmpty()) {
                found.add(Violation.of("endDate", CohortProblem.ENROLLMENT_OUTSIDE_PERIOD, name));
                continue;
            }
            LocalDate start = dates.getStartDate() != null ? dates.getStartDate() : newStart;
            LocalDate end = dates.getEndDate() != null ? dates.getEndDate() : newEnd;
            enrollments.findCurrentByPerson(enrollment.getPerson().getId()).stream()
                    .filter(other -> !other.getId().equals(enrollment.getId()))
                    .filter(other -> EnrollmentRules.overlap(start, end, other.effectiveStart(), other.effectiveEnd()))
                    .findFirst()
                    .ifPresent(other -> found.add(Violation.of("startDate", CohortProblem.ENROLLMENT_WOULD_OVERLAP, name,
                            other.getCohort().getName())));
        }
        return found;
    }
}
