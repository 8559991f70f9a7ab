package dev.ryugaku.core.enrollment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far a rotation has come on a given day: days left and the share of the period behind it. */
public record RotationProgress(LocalDate start, LocalDate end, LocalDate today) {

    /** Days from today to the last day, counting the last day; 0 once it is over. */
    public long daysLeft() {
        if (today.isAfter(end)) {
            return 0;
        }
        LocalDate from = today.isBefore(start) ? start : today;
        return ChronoUnit.DAYS.between(from, end) + 1;
    }

    /** Days until the first day; 0 once it has started. */
    public long daysUntilStart() {
        return today.isBefore(start) ? ChronoUnit.DAYS.between(today, start) : 0;
    }

    /** 0.0 before the first day, 1.0 after the last. */
    public double elapsed() {
        if (!today.isAfter(start)) {
            return 0.0;
        }
        if (today.isAfter(end)) {
            return 1.0;
        }
        double total = ChronoUnit.DAYS.between(start, end) + 1;
        return ChronoUnit.DAYS.between(start, today) / total;
    }
}
