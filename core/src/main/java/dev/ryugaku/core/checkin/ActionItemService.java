package dev.ryugaku.core.checkin;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items: agreed at a check-in by the rotation's mentors (and owners), ticked off by them or,
 * for their own items, by the participant; read by whoever may see the rotation.
 */
@Service
public class ActionItemService {

    private static final String RECORD_TYPE = "ActionItem";

    private final ActionItemRepository actionItems;
    private final CheckInService checkIns;
    private final RotationAccess rotations;
    private final Clock clock;

    public ActionItemService(ActionItemRepository actionItems, CheckInService checkIns, RotationAccess rotations,
                             Clock clock) {
        this.actionItems = actionItems;
        this.checkIns = checkIns;
        this.rotations = rotations;
        this.clock = clock;
    }

    /** Agrees an action item at a check-in (not a cancelled one). */
    @Transactional
    public void addActionItem(long checkInId, String text, ActionItemOwner owner, LocalDate due) {
        Actor actor = rotations.actor();
        CheckIn checkIn = checkIns.visible(checkInId, actor, "add action item");
        rotations.requireSupervisor(actor, checkIn.getEnrollment(), "add action item");
        if (checkIn.getStatus() == CheckInStatus.CANCELLED) {
            throw new InvalidInputException(List.of(Violation.of("actionText", CheckInProblem.ALREADY_CLOSED)));
        }
        LocalDate checkInDay = checkIn.getScheduledAt().atZone(CheckInSlot.of(checkIn.getEnrollment()).zone()).toLocalDate();
        InvalidInputException.throwIfAny(CheckInRules.checkActionItem(text, owner, due, checkInDay));
        actionItems.save(new ActionItem(checkIn, Texts.trimToNull(text), owner, due, clock.instant()));
    }

    /**
     * Ticks an action item off (or opens it again): the rotation's mentors and owners any item, the
     * participant the items that are theirs.
     */
    @Transactional
    public void markActionItemDone(long itemId, long expectedVersion, boolean done) {
        Actor actor = rotations.actor();
        ActionItem item = visible(itemId, actor, "tick off action item");
        Enrollment rotation = item.getEnrollment();
        boolean ownItem = rotation.isParticipant(actor.personId()) && item.getOwner() == ActionItemOwner.PARTICIPANT;
        if (!rotation.isSupervisedBy(actor) && !ownItem) {
            throw AccessDenials.refused(actor, "tick off action item", RECORD_TYPE, itemId);
        }
        Versions.require(item.getVersion(), expectedVersion, RECORD_TYPE, itemId);
        item.markDone(done, clock.instant());
    }

    /** Removes an action item agreed by mistake; one that was done stays as history. */
    @Transactional
    public void removeActionItem(long itemId, long expectedVersion) {
        Actor actor = rotations.actor();
        ActionItem item = visible(itemId, actor, "remove action item");
        rotations.requireSupervisor(actor, item.getEnrollment(), "remove action item");
        Versions.require(item.getVersion(), expectedVersion, RECORD_TYPE, itemId);
        if (item.isDone()) {
            throw new InvalidInputException(List.of(Violation.of("actionText", CheckInProblem.ALREADY_CLOSED)));
        }
        actionItems.delete(item);
    }

    /** The participant's open action items in their active rotations, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionItemRow> myOpenActionItems() {
        List<Long> active = rotations.myActiveRotations(rotations.actor());
        return active.isEmpty() ? List.of() : actionItems.findOpenByEnrollments(active);
    }

    /** A rotation's open action items, soonest due first: to whoever may see the rotation. */
    @Transactional(readOnly = true)
    public List<ActionItemRow> openActionItems(long enrollmentId) {
        rotations.visible(rotations.actor(), enrollmentId, "read action items");
        return actionItems.findOpenByEnrollments(List.of(enrollmentId));
    }

    private ActionItem visible(long itemId, Actor actor, String action) {
        ActionItem item = actionItems.findById(itemId)
                .orElseThrow(() -> AccessDenials.hidden(actor, action, RECORD_TYPE, itemId));
        rotations.requireVisible(actor, item.getEnrollment(), action, RECORD_TYPE, itemId);
        return item;
    }
}
