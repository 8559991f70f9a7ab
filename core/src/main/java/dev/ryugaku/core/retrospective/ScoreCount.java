package dev.ryugaku.core.retrospective;

/** How many submitted retrospectives of a cohort gave this recommend score. */
public record ScoreCount(long cohortId, int score, long count) {
}
