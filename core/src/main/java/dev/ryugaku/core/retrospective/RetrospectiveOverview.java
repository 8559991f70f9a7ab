package dev.ryugaku.core.retrospective;

import java.time.LocalDate;

/**
 * The end of a rotation at a glance, for its page: the state of its retrospective, final evaluation
 * and follow-up as far as the viewer may know them (a draft they may not read shows as nothing yet).
 *
 * @param applies          whether the rotation is running or graduated (planned and withdrawn ones are not looked back on)
 * @param followUpShown    whether the viewer may open the follow-up (the participant once graduated, owners)
 */
public record RetrospectiveOverview(long enrollmentId, boolean applies, LocalDate opensOn, boolean open,
                                    SubmissionStatus retrospective, SubmissionStatus evaluation, boolean followUpShown,
                                    SubmissionStatus followUp, LocalDate followUpDueOn) {
}
