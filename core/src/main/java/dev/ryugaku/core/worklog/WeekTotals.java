package dev.ryugaku.core.worklog;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** One ISO week of one rotation: minutes per category, and how much of it was toil. */
public record WeekTotals(LocalDate weekStart, Map<WorkCategory, Integer> minutesByCategory, int toilMinutes) {

    /** Google SRE practice: toil should stay under half of an SRE's time. */
    public static final int TOIL_CAP_PERCENT = 50;

    public WeekTotals {
        minutesByCategory = minutesByCategory.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(minutesByCategory));
    }

    public int totalMinutes() {
        return minutesByCategory.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Toil minutes over all minutes, rounded to a whole per cent; 0 for an empty week. */
    public int toilPercent() {
        int total = totalMinutes();
        return total == 0 ? 0 : (int) Math.round(100.0 * toilMinutes / total);
    }

    public boolean isOverToilCap() {
        return totalMinutes() > 0 && 100L * toilMinutes > (long) TOIL_CAP_PERCENT * totalMinutes();
    }
}
