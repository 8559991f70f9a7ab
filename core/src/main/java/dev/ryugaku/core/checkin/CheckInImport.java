package dev.ryugaku.core.checkin;

import dev.ryugaku.core.enrollment.Enrollment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records check-in history as it already is, past talks included: for the demo program and data
 * loading. It bypasses the service's checks on purpose and no screen reaches it.
 */
@Component
public class CheckInImport {

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;

    public CheckInImport(CheckInRepository checkIns, ActionItemRepository actionItems) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
    }

    /** Every check-in of the rotation's whole period on its slot, past ones too, all SCHEDULED. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CheckIn> planWholePeriod(Enrollment rotation) {
        return CheckInSchedule.times(rotation.getCohort().getCadence(), rotation.effectiveStart(), rotation.effectiveEnd(),
                CheckInSlot.of(rotation)).stream().map(time -> checkIns.save(new CheckIn(rotation, time, false))).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void held(CheckIn checkIn, Instant heldAt, CheckInRecord record) {
        checkIn.record(record, heldAt);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void missed(CheckIn checkIn) {
        checkIn.markMissed();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(CheckIn checkIn, String reason) {
        checkIn.cancel(reason);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void participantNote(CheckIn checkIn, String note) {
        checkIn.writeParticipantNote(note);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void actionItem(CheckIn checkIn, String text, ActionItemOwner owner, LocalDate due, Instant doneAt) {
        ActionItem item = new ActionItem(checkIn, text, owner, due, checkIn.getScheduledAt());
        if (doneAt != null) {
            item.markDone(true, doneAt);
        }
        actionItems.save(item);
    }
}
