package dev.ryugaku.core.checkin;

/**
 * What the mentor records at a check-in: three ratings 1–5, the summary the participant reads,
 * private notes they never read, and blockers.
 */
public record CheckInRecord(Integer progress, Integer wellBeing, Integer confidence, String summary,
                            String privateNotes, String blockers) {
}
