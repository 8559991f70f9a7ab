package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.checkin.ActionItemRow;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.worklog.IncidentLadder;
import java.util.List;
import java.util.Optional;

/** Everything the participant's part of the home shows, read in one transaction. */
public record ParticipantHome(Optional<EnrollmentDetails> rotation, Optional<IncidentLadder> ladder,
                              Optional<CheckInRow> nextCheckIn, List<ActionItemRow> openActionItems) {
}
