package dev.ryugaku.core.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One week of a cohort's charts: average well-being of the check-ins held, and toil % of the time logged. */
public record WeekPoint(LocalDate week, BigDecimal averageWellBeing, Integer toilPercent) {
}
