package dev.ryugaku.core.retrospective;

import java.time.LocalDate;

/**
 * A retrospective, final evaluation or follow-up waiting to be written, for a home page.
 *
 * @param status null when nothing was saved yet, else DRAFT
 * @param date   for a retrospective or evaluation the rotation's last day; for a follow-up the day it was due
 */
public record WritingDue(long enrollmentId, String personName, String cohortName, LocalDate date, SubmissionStatus status) {
}
