package dev.ryugaku.core.retrospective;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A graduate's follow-up as one reader may see it.
 *
 * @param open    whether the rotation graduated, so that the follow-up can be written
 * @param status  null while nothing was saved — or, for a reader who may not read drafts, while it is one
 * @param version the version to save against; null when nothing was saved yet
 * @param content null when the reader may read nothing yet
 */
public record FollowUpSheet(long enrollmentId, String participantName, String cohortName, LocalDate rotationEnd,
                            LocalDate dueOn, boolean open, boolean mayWrite, SubmissionStatus status, Long version,
                            Instant submittedAt, FollowUpDraft content) {
}
