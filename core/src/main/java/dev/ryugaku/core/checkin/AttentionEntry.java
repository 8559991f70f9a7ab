package dev.ryugaku.core.checkin;

import java.util.List;

/** A mentee who needs attention, and every reason why. */
public record AttentionEntry(long enrollmentId, String participantName, Long mentorId, String mentorName,
                             String cohortName, List<AttentionReason> reasons) {
}
