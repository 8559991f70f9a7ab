package dev.ryugaku.web.cohort;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.support.ScrollRegions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Cohorts as bars across months, so that the hand-over from one cohort to the next shows at a
 * glance. Plain elements positioned in per cent of the period: no chart library needed.
 */
public class CohortTimeline extends Div {

    private static final double MONTH_MIN_EM = 3.5;

    public CohortTimeline(List<CohortSummary> cohorts, YearMonth firstMonth, YearMonth lastMonth, LocalDate today) {
        addClassName("cohort-timeline");
        ScrollRegions.focusable(this, getTranslation("timeline.label"));
        // at least a few letters' width per month: on a phone the timeline scrolls instead of its labels overlapping
        Div track = new Div();
        track.addClassName("timeline-track");
        track.getStyle().set("min-width", (ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1) * MONTH_MIN_EM + "em");
        add(track);
        LocalDate from = firstMonth.atDay(1);
        LocalDate to = lastMonth.atEndOfMonth();
        double days = ChronoUnit.DAYS.between(from, to) + 1;
        Locale locale = getLocale();

        Div months = new Div();
        months.addClassName("timeline-months");
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern(getTranslation("timeline.monthPattern"), locale);
        DateTimeFormatter monthYearFormat = DateTimeFormatter.ofPattern(getTranslation("timeline.monthYearPattern"), locale);
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            boolean showYear = month.equals(firstMonth) || month.getMonthValue() == 1;
            Span label = new Span((showYear ? monthYearFormat : monthFormat).format(month));
            label.addClassName("timeline-month");
            label.getStyle().set("width", percent(month.lengthOfMonth(), days));
            months.add(label);
        }
        track.add(months);

        if (cohorts.isEmpty()) {
            Span empty = new Span(getTranslation("timeline.empty"));
            empty.addClassName("timeline-empty");
            track.add(empty);
        }
        for (CohortSummary cohort : cohorts) {
            track.add(row(cohort, from, to, days, today, locale));
        }
        if (!today.isBefore(from) && !today.isAfter(to)) {
            Div marker = new Div();
            marker.addClassName("timeline-today");
            marker.getStyle().set("left", percent(ChronoUnit.DAYS.between(from, today), days));
            marker.getElement().setAttribute("title", getTranslation("timeline.today"));
            track.add(marker);
        }
    }

    /** A bar is a link to the cohort's page: reachable by keyboard and read as a link, as in the list below. */
    private Div row(CohortSummary cohort, LocalDate from, LocalDate to, double days, LocalDate today, Locale locale) {
        LocalDate start = cohort.startDate().isBefore(from) ? from : cohort.startDate();
        LocalDate end = cohort.endDate().isAfter(to) ? to : cohort.endDate();
        RouterLink bar = Pages.link("", CohortPages.cohort(cohort.id()));
        bar.add(new Span(cohort.name()));
        bar.addClassNames("timeline-bar", "status-" + cohort.statusOn(today).name().toLowerCase());
        bar.getStyle()
                .set("margin-left", percent(ChronoUnit.DAYS.between(from, start), days))
                .set("width", percent(ChronoUnit.DAYS.between(start, end) + 1, days));
        bar.getElement().setAttribute("title", cohort.name() + " "
                + Formats.period(cohort.startDate(), cohort.endDate(), locale) + " "
                + getTranslation(cohort.statusOn(today).messageKey()));
        Div row = new Div(bar);
        row.addClassName("timeline-row");
        return row;
    }

    private static String percent(double part, double whole) {
        return String.format(Locale.ROOT, "%.3f%%", 100 * part / whole);
    }
}
