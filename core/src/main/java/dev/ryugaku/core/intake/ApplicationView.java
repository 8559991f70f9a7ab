package dev.ryugaku.core.intake;

import java.time.Instant;
import java.util.Set;

/**
 * An application as the people who may see it read it.
 *
 * @param awaitsManager whether it waits for the home-team manager's approval now
 */
public record ApplicationView(long id, long version, long roundId, String cohortName, long personId, String personName,
                              Long teamId, String teamName, boolean nominated, ApplicationState state,
                              boolean awaitsManager, String motivation, Set<Long> skillIds, String topics,
                              String preferredPeriod, String decisionReason, String ownerMessage,
                              Integer waitlistPosition, Long enrollmentId, Instant createdAt, Instant submittedAt) {
}
