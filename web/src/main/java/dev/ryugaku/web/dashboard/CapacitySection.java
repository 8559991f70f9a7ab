package dev.ryugaku.web.dashboard;

import static dev.ryugaku.web.dashboard.CohortFigures.row;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.core.dashboard.CapacityPlan;
import dev.ryugaku.web.i18n.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What a planned cohort will ask of mentors (check-in hours) and of home teams (engineering time). */
class CapacitySection extends Div {

    /** Average days in a month, for person-months. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.44");

    CapacitySection(CapacityPlan plan, LocalDate today) {
        DownloadNaming naming = new DownloadNaming(plan.cohortName(), today);
        setId("capacity-plan");
        setWidthFull();
        Paragraph basis = new Paragraph(getTranslation(plan.fromCapacity() ? "dashboard.capacity.basisCapacity"
                : "dashboard.capacity.basisEnrolled", plan.cohortName(),
                Formats.period(plan.startDate(), plan.endDate(), getLocale()), plan.participants(),
                plan.checkInLength().toMinutes()));
        basis.setId("capacity-basis");
        add(basis);
        add(new ExportableTable("capacity-figures", null, getTranslation("dashboard.capacity.figures"), naming,
                header("dashboard.column.figure", "dashboard.column.value"), List.of(
                row(getTranslation("dashboard.capacity.checkInsEach"), plan.checkInsEach()),
                row(getTranslation("dashboard.capacity.hoursTotal"), plan.mentorHoursTotal()),
                row(getTranslation("dashboard.capacity.hoursPerWeek"), plan.mentorHoursPerWeek()))));
        add(new ExportableTable("capacity-mentors", getTranslation("dashboard.capacity.mentors"), naming,
                header("dashboard.column.mentor", "dashboard.capacity.activeMentees", "dashboard.capacity.inCohort",
                        "dashboard.capacity.hoursNow", "dashboard.capacity.hoursWith"),
                plan.mentors().stream().map(m -> row(m.name(), m.activeMentees(), m.menteesInCohort(), m.hoursPerWeekNow(),
                        m.hoursPerWeekWithCohort())).toList()));
        add(new ExportableTable("capacity-home-teams", getTranslation("dashboard.capacity.homeTeams"), naming,
                header("dashboard.column.team", "dashboard.capacity.people", "dashboard.capacity.personDays",
                        "dashboard.capacity.personMonths"),
                plan.homeTeams().stream().map(t -> row(t.teamName().isEmpty() ? "—" : t.teamName(), t.people(), t.rotationDays(),
                        BigDecimal.valueOf(t.rotationDays()).divide(DAYS_PER_MONTH, 1, RoundingMode.HALF_UP))).toList()));
    }

    private List<String> header(String... keys) {
        return Arrays.stream(keys).map(this::getTranslation).toList();
    }
}
