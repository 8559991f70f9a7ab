package dev.ryugaku.core.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What waits on the signed-in person in intake now, for their inbox: nominations to confirm, their
 * team's applications to approve, and (owners) rounds with applications to decide.
 */
public record IntakeWaiting(List<Nomination> nominations, List<Approval> approvals, List<RoundToDecide> decisions) {

    /** A nomination to confirm by the round's closing day. */
    public record Nomination(long applicationId, String cohortName, LocalDate closesOn) {
    }

    /** A team member's application waiting for the manager's approval since it was submitted. */
    public record Approval(long applicationId, String applicantName, String cohortName, Instant since) {
    }
}
