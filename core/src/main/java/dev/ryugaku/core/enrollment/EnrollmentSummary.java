package dev.ryugaku.core.enrollment;

import java.time.LocalDate;

/** An enrollment as lists show it; the dates are the effective ones (overrides applied). */
public record EnrollmentSummary(long id, long personId, String personName, long cohortId, String cohortName,
                                String primaryMentorName, String secondaryMentorName, EnrollmentStatus status,
                                LocalDate startDate, LocalDate endDate) {
}
