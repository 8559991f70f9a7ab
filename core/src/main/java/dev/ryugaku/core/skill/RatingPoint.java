package dev.ryugaku.core.skill;

/** One submitted rating, as the growth computations read them in bulk. */
public record RatingPoint(long cohortId, long enrollmentId, AssessmentPhase phase, AssessmentSide side, long skillAreaId,
                          int level) {
}
