package dev.ryugaku.core.retrospective;

/** Whether a rotation's retrospective (or evaluation, or follow-up) is a draft or submitted. */
public record SubmissionState(long enrollmentId, SubmissionStatus status) {
}
