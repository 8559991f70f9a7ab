package dev.ryugaku.core.intake;

import java.time.Instant;

/**
 * A round with applications waiting for the owners' decision.
 *
 * @param latest when the newest of them became the owners' to decide
 */
public record RoundToDecide(long roundId, long cohortId, String cohortName, long awaiting, Instant latest) {
}
