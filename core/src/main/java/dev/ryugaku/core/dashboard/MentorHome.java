package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.checkin.CheckInToHold;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.task.ReviewItem;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.UnreviewedWeek;
import java.util.List;

/** Everything the mentor's part of the home shows, read in one transaction. */
public record MentorHome(List<EnrollmentSummary> mentees, List<ToilFlag> toilFlags, List<AttentionEntry> attention,
                         List<CheckInToHold> checkInsToHold, List<UnreviewedWeek> unreviewedWeeks,
                         List<ReviewItem> reviewQueue) {
}
