package dev.ryugaku.core.skill;

import java.time.Instant;
import java.util.Map;

/**
 * One side's assessment of a phase as the reader may see it.
 *
 * @param ratings level and comment by skill area id
 */
public record AssessmentView(long id, long version, AssessmentSide side, AssessmentStatus status, String authorName,
                             Instant updatedAt, Instant submittedAt, Map<Long, RatingView> ratings) {

    public AssessmentView {
        ratings = Map.copyOf(ratings);
    }

    public boolean isSubmitted() {
        return status == AssessmentStatus.SUBMITTED;
    }

    /** A level and its comment. */
    public record RatingView(int level, String comment) {
    }
}
