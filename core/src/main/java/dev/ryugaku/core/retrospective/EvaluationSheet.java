package dev.ryugaku.core.retrospective;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rotation's final evaluation as one reader may see it.
 *
 * @param status  null while nothing was saved — or, for a reader who may not read drafts, while it is one
 * @param version the version to save against; null when nothing was saved yet
 * @param content null when the reader may read nothing yet
 */
public record EvaluationSheet(long enrollmentId, String participantName, String cohortName, LocalDate rotationEnd,
                              LocalDate opensOn, boolean open, boolean mayWrite, SubmissionStatus status, Long version,
                              Instant submittedAt, String writtenByName, EvaluationDraft content) {
}
