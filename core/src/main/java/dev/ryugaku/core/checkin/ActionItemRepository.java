package dev.ryugaku.core.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Action items; implemented in the persistence module. */
public interface ActionItemRepository {

    ActionItem save(ActionItem item);

    Optional<ActionItem> findById(Long id);

    void delete(ActionItem item);

    /** All action items of a rotation, oldest check-in first. */
    List<ActionItemRow> findRowsByEnrollment(long enrollmentId);

    /** The open action items of these rotations, soonest due first. */
    List<ActionItemRow> findOpenByEnrollments(Collection<Long> enrollmentIds);

    /** Ids of a rotation's check-ins that carry action items (re-planning keeps those). */
    List<Long> findCheckInIdsWithItems(long enrollmentId);
}
