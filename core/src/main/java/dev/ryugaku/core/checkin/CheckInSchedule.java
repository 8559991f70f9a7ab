package dev.ryugaku.core.checkin;

import dev.ryugaku.core.cohort.CheckInCadence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check-ins of a rotation: generated from the cohort's cadence on the mentor's slot, and
 * re-planned when the cadence, the slot or the rotation's dates change — future, unheld,
 * generated check-ins only.
 */
public final class CheckInSchedule {

    /** A check-in is MISSED when nobody recorded it within this time after it was due. */
    public static final Duration RECORDING_WINDOW = Duration.ofDays(3);

    private CheckInSchedule() {
    }

    /** Every slot from the first matching weekday on or after {@code from} up to {@code to}, inclusive. */
    public static List<Instant> times(CheckInCadence cadence, LocalDate from, LocalDate to, CheckInSlot slot) {
        List<Instant> times = new ArrayList<>();
        for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(slot.day())); !day.isAfter(to);
                day = day.plusDays(cadence.days())) {
            // a time that falls into a daylight-saving gap moves forward, as the zone rules say
            times.add(day.atTime(slot.time()).atZone(slot.zone()).toInstant());
        }
        return times;
    }

    /** A check-in as re-planning sees it. Pinned ones were added or moved by the mentor by hand. */
    public record Planned(long id, Instant scheduledAt, CheckInStatus status, boolean pinned) {
    }

    /** What to change: the check-ins to delete and the times to add. */
    public record Replan(List<Long> remove, List<Instant> add) {

        public boolean isEmpty() {
            return remove.isEmpty() && add.isEmpty();
        }
    }

    /**
     * Brings the future, unheld, generated check-ins in line with {@code wanted}. Past ones, held,
     * missed or cancelled ones and pinned ones stay as they are, and their times are not filled
     * again; a generated check-in already at a wanted time is kept (with whatever was typed into it).
     */
    public static Replan replan(List<Planned> existing, List<Instant> wanted, Instant now) {
        Set<Instant> kept = new HashSet<>();
        List<Long> remove = new ArrayList<>();
        for (Planned planned : existing) {
            boolean replaceable = planned.status() == CheckInStatus.SCHEDULED && !planned.pinned()
                    && planned.scheduledAt().isAfter(now);
            if (!replaceable) {
                // a wanted time taken by a held, cancelled or hand-placed check-in is not added again
                kept.add(planned.scheduledAt());
                continue;
            }
            if (wanted.contains(planned.scheduledAt()) && kept.add(planned.scheduledAt())) {
                continue;
            }
            remove.add(planned.id());
        }
        List<Instant> add = wanted.stream().filter(time -> time.isAfter(now) && !kept.contains(time)).toList();
        return new Replan(remove, add);
    }

    /** SCHEDULED and not recorded within {@link #RECORDING_WINDOW} of its time. */
    public static boolean isMissed(Instant scheduledAt, CheckInStatus status, Instant now) {
        return status == CheckInStatus.SCHEDULED && now.isAfter(scheduledAt.plus(RECORDING_WINDOW));
    }
}
