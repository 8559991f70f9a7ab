package dev.ryugaku.web.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.ryugaku.core.dashboard.CohortKpis;
import dev.ryugaku.core.dashboard.WeekPoint;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.skill.CohortGrowth;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WeekTotals;
import dev.ryugaku.web.i18n.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One cohort's figures: participants, tasks and their impact, check-ins, well-being and toil by week, the ladder. */
class CohortFigures extends Div {

    /** Tables that share a row: each at least this wide, growing to fill it. */
    private static final String TABLE_IN_ROW_BASIS = "18em";

    CohortFigures(CohortKpis kpis, List<WeekPoint> weeks, Optional<CohortGrowth> growth, LocalDate today) {
        DownloadNaming naming = new DownloadNaming(kpis.name(), today);
        setId("cohort-figures");
        setWidthFull();
        add(new H3(getTranslation("dashboard.figures.title", kpis.name(),
                Formats.period(kpis.startDate(), kpis.endDate(), getLocale()))));
        FlexLayout tables = new FlexLayout();
        tables.addClassName("dashboard-tables");
        tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        List<ExportableTable> inRow = List.of(summary(kpis, growth, naming), participants(kpis, naming),
                tasksByStatus(kpis, naming), tasksByCategory(kpis, naming), ladder(kpis, naming), skillGrowth(growth, naming));
        for (ExportableTable table : inRow) {
            tables.add(table);
            tables.setFlexGrow(1, table);
            tables.setFlexBasis(TABLE_IN_ROW_BASIS, table);
        }
        add(tables);
        add(charts(weeks));
        ExportableTable weekly = new ExportableTable("weekly", getTranslation("dashboard.weekly.title"), naming,
                List.of(getTranslation("dashboard.weekly.week"), getTranslation("dashboard.weekly.wellBeing"),
                        getTranslation("dashboard.weekly.toil")),
                weeks.stream().map(w -> row(Formats.date(w.week(), getLocale()), w.averageWellBeing(), w.toilPercent())).toList());
        weekly.setWidthFull();
        add(weekly);
    }

    /** Average START and latest level per skill area so far, and the growth between them. */
    private ExportableTable skillGrowth(Optional<CohortGrowth> growth, DownloadNaming naming) {
        return new ExportableTable("skill-growth", getTranslation("dashboard.skills.title"), naming,
                header("dashboard.skills.area", "dashboard.skills.start", "dashboard.skills.latest", "dashboard.skills.growth"),
                growth.map(g -> g.skills().stream().map(a -> row(a.skill().name(getLocale()), oneDecimal(a.averageStart()),
                        oneDecimal(a.averageLatest()), oneDecimal(a.averageGrowth()))).toList()).orElse(List.of()));
    }

    static BigDecimal oneDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private ExportableTable summary(CohortKpis kpis, Optional<CohortGrowth> growth, DownloadNaming naming) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(getTranslation("dashboard.figure.participants"), kpis.participantCount()));
        rows.add(row(getTranslation("dashboard.figure.checkIns"), kpis.checkInCompliancePercent() == null ? null
                : getTranslation("dashboard.figure.checkInsValue", kpis.checkInsHeld(), kpis.checkInsDue(),
                kpis.checkInCompliancePercent())));
        rows.add(row(getTranslation("dashboard.figure.wellBeing"), kpis.averageWellBeing()));
        rows.add(row(getTranslation("dashboard.figure.toil"), kpis.toilPercent() == null ? null : kpis.toilPercent() + " %"));
        rows.add(row(getTranslation("dashboard.figure.costSaved"), kpis.costSavedPerMonth()));
        rows.add(row(getTranslation("dashboard.figure.toilHoursSaved"), kpis.toilHoursSavedPerMonth()));
        rows.add(row(getTranslation("dashboard.figure.skillGrowth"), growth.map(g -> oneDecimal(g.overallAverage())).orElse(null)));
        return new ExportableTable("figures", null, getTranslation("dashboard.figures.csv"), naming,
                header("dashboard.column.figure", "dashboard.column.value"), rows);
    }

    private ExportableTable participants(CohortKpis kpis, DownloadNaming naming) {
        return new ExportableTable("participants-by-status", getTranslation("dashboard.participants.title"), naming,
                header("dashboard.column.status", "dashboard.column.count"),
                Arrays.stream(EnrollmentStatus.values()).filter(kpis.participants()::containsKey)
                        .map(s -> row(getTranslation(s.messageKey()), kpis.participants().get(s))).toList());
    }

    private ExportableTable tasksByStatus(CohortKpis kpis, DownloadNaming naming) {
        return new ExportableTable("tasks-by-status", getTranslation("dashboard.tasksByStatus.title"), naming,
                header("dashboard.column.status", "dashboard.column.count"),
                Arrays.stream(TaskStatus.values()).filter(kpis.tasksByStatus()::containsKey)
                        .map(s -> row(getTranslation(s.messageKey()), kpis.tasksByStatus().get(s))).toList());
    }

    private ExportableTable tasksByCategory(CohortKpis kpis, DownloadNaming naming) {
        return new ExportableTable("tasks-by-category", getTranslation("dashboard.tasksByCategory.title"), naming,
                header("dashboard.column.category", "dashboard.column.count"),
                Arrays.stream(TaskCategory.values()).filter(kpis.tasksByCategory()::containsKey)
                        .map(c -> row(getTranslation(c.messageKey()), kpis.tasksByCategory().get(c))).toList());
    }

    private ExportableTable ladder(CohortKpis kpis, DownloadNaming naming) {
        return new ExportableTable("ladder-reached", getTranslation("dashboard.ladder.title"), naming,
                header("dashboard.column.role", "dashboard.column.participants"),
                Arrays.stream(IncidentRole.values())
                        .map(r -> row(getTranslation(r.messageKey()), kpis.ladderReached().getOrDefault(r, 0L))).toList());
    }

    private Div charts(List<WeekPoint> weeks) {
        List<String> labels = weeks.stream().map(w -> Formats.date(w.week(), getLocale())).toList();
        LineChart wellBeing = new LineChart("wellbeing-chart", labels, getTranslation("dashboard.weekly.wellBeing"), 1, 5)
                .line(getTranslation("dashboard.weekly.wellBeing"), weeks.stream().map(WeekPoint::averageWellBeing).toList(),
                        "#4e79a7", false);
        LineChart toil = new LineChart("toil-chart", labels, getTranslation("dashboard.weekly.toil"), 0, 100)
                .line(getTranslation("dashboard.weekly.toil"), weeks.stream().map(WeekPoint::toilPercent).toList(), "#c0392b", false)
                .line(getTranslation("worklog.chart.cap"), weeks.stream().map(w -> WeekTotals.TOIL_CAP_PERCENT).toList(),
                        "#c0392b", true);
        Div charts = new Div(new H3(getTranslation("dashboard.weekly.wellBeing")), wellBeing,
                new H3(getTranslation("dashboard.weekly.toil")), toil);
        charts.addClassName("dashboard-charts");
        charts.setWidthFull();
        return charts;
    }

    private List<String> header(String... keys) {
        return Arrays.stream(keys).map(this::getTranslation).toList();
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
