package dev.ryugaku.core.checkin;

import java.util.List;

/** A rotation's check-ins and their slot; {@code version} is the enrollment's, for moving the slot. */
public record CheckInPlan(List<CheckInRow> checkIns, CheckInSlot slot, long version, boolean maySetSlot) {
}
