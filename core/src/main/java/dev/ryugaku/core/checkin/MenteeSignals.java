package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the attention rules look at for one rotation, read in bulk for a whole list of mentees.
 *
 * @param checkIns      the rotation's check-ins, oldest first
 * @param weeksOverToilCap for each completed week with entries, oldest first: was toil over the cap?
 * @param highRiskTasksWithoutApprovedPreMortem open HIGH-risk tasks whose pre-mortem is not approved
 * @param openActionItemDueDates due dates of the action items not yet done
 */
public record MenteeSignals(List<CheckInFact> checkIns, List<Boolean> weeksOverToilCap,
                            int highRiskTasksWithoutApprovedPreMortem, List<LocalDate> openActionItemDueDates) {

    /** One check-in: when it was due, its status and, once held, the well-being recorded (1–5). */
    public record CheckInFact(Instant scheduledAt, CheckInStatus status, Integer wellBeing) {
    }

    List<Integer> heldWellBeing() {
        return checkIns.stream().filter(c -> c.status() == CheckInStatus.HELD && c.wellBeing() != null)
                .map(CheckInFact::wellBeing).toList();
    }
}
