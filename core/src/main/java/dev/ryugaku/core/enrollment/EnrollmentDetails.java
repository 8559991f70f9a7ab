package dev.ryugaku.core.enrollment;

import java.time.LocalDate;

/** Everything the enrollment page shows, read in one transaction. */
public record EnrollmentDetails(long id, long version, long personId, String personName, long cohortId,
                                String cohortName, String homeTeamName, String primaryMentorName,
                                String secondaryMentorName, String learningGoals, EnrollmentStatus status,
                                String withdrawalReason, LocalDate startDate, LocalDate endDate,
                                boolean datesOverridden, boolean manageable) {
}
