package dev.ryugaku.core.retrospective;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rotation's retrospective as one reader may see it.
 *
 * @param status  null while nothing was saved — or, for a reader who may not read drafts, while it is one
 * @param version the version to save against; null when nothing was saved yet
 * @param content what the reader may read (hidden parts null); null when they may read nothing yet
 * @param showsRecommendScore whether the reader may see the recommend score (the participant and owners, never a mentor)
 */
public record RetrospectiveSheet(long enrollmentId, String participantName, String cohortName, LocalDate rotationEnd,
                                 LocalDate opensOn, boolean open, boolean mayWrite, SubmissionStatus status,
                                 Long version, Instant submittedAt, RetrospectiveDraft content,
                                 boolean showsMentorComments, boolean showsProgramFeedback,
                                 boolean showsRecommendScore) {
}
