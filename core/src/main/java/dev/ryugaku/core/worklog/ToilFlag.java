package dev.ryugaku.core.worklog;

import java.time.LocalDate;

/** A week in which toil took more than half of a participant's logged time. */
public record ToilFlag(long enrollmentId, LocalDate weekStart, int toilPercent) {
}
