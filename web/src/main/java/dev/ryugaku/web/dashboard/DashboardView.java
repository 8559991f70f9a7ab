package dev.ryugaku.web.dashboard;

import static dev.ryugaku.web.dashboard.CohortFigures.row;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.dashboard.CohortKpis;
import dev.ryugaku.core.dashboard.DashboardService;
import dev.ryugaku.core.dashboard.ProgramDashboard;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.web.checkin.AttentionCard;
import dev.ryugaku.web.checkin.CheckInProperties;
import dev.ryugaku.web.cohort.CohortTimeline;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ダッシュボード (owners): how the program is going and where to act. The cohort shown and the
 * cohort planned are in the address ({@code ?cohort=12&plan=14}), so a view can be bookmarked.
 */
@Route("dashboard")
@RolesAllowed(Role.OWNER_NAME)
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COHORT = "cohort";
    static final String PLAN = "plan";

    private final DashboardService dashboards;
    private final CheckInProperties checkIns;
    private final CurrentUser currentUser;
    private final transient IntakeService intake;
    private final Map<String, String> chosen = new LinkedHashMap<>();

    DashboardView(DashboardService dashboards, CheckInProperties checkIns, CurrentUser currentUser,
                  IntakeService intake) {
        this.dashboards = dashboards;
        this.intake = intake;
        this.checkIns = checkIns;
        this.currentUser = currentUser;
        setMaxWidth("90em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        chosen.clear();
        Optional<Long> cohort = number(query, COHORT);
        Optional<Long> plan = number(query, PLAN);
        cohort.ifPresent(id -> chosen.put(COHORT, id.toString()));
        plan.ifPresent(id -> chosen.put(PLAN, id.toString()));
        render(dashboards.dashboard(cohort.orElse(null)), plan);
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }

    private void render(ProgramDashboard dashboard, Optional<Long> plan) {
        removeAll();
        LocalDate today = currentUser.today();
        add(new H2(getTranslation("dashboard.title")));
        YearMonth first = YearMonth.from(today).minusMonths(2);
        add(new CohortTimeline(dashboard.cohorts().stream().filter(c -> c.statusOn(today) == CohortStatus.ACTIVE
                || c.statusOn(today) == CohortStatus.PLANNED).toList(), first, first.plusMonths(14), today));
        if (dashboard.selected() == null) {
            add(new Paragraph(getTranslation("dashboard.noCohorts")));
            return;
        }
        List<CohortSummary> choosable = dashboard.cohorts().stream()
                .filter(c -> c.statusOn(today) != CohortStatus.CANCELLED && c.statusOn(today) != CohortStatus.DRAFT).toList();
        add(cohortSelect("dashboard-cohort", "dashboard.cohort", choosable, dashboard.selected().cohortId(), COHORT, today));
        add(new CohortFigures(dashboard.selected(), dashboard.weekly(), dashboard.growthOf(dashboard.selected().cohortId()),
                today));
        DownloadNaming acrossCohorts = new DownloadNaming(getTranslation("dashboard.csv.program"), today);
        add(comparison(dashboard, acrossCohorts));
        // the card has its own heading
        add(new AttentionCard("dashboard-attention", dashboard.attention(), true));
        add(ExportableTable.csvLink("attention-export", getTranslation("dashboard.attention.csv"), acrossCohorts,
                List.of(getTranslation("enrollment.field.primaryMentor"),
                getTranslation("enrollment.field.person"), getTranslation("enrollment.field.cohort"),
                getTranslation("attention.reasons")), dashboard.attention().stream().map(e -> row(e.mentorName(),
                e.participantName(), e.cohortName(), e.reasons().stream().map(r -> getTranslation(r.messageKey()))
                        .collect(Collectors.joining(" / ")))).toList()));
        add(IntakeFiguresTable.of(intake.figures(), acrossCohorts, this));
        capacity(dashboard.cohorts(), plan, today);
    }

    private ExportableTable comparison(ProgramDashboard dashboard, DownloadNaming naming) {
        List<CohortKpis> cohorts = dashboard.comparison();
        List<String> header = new ArrayList<>(List.of(getTranslation("enrollment.field.cohort"),
                getTranslation("dashboard.column.period"), getTranslation("dashboard.figure.participants"),
                getTranslation("dashboard.figure.checkInCompliance"), getTranslation("dashboard.figure.wellBeing"),
                getTranslation("dashboard.figure.toil"), getTranslation("dashboard.figure.tasksDone"),
                getTranslation("dashboard.figure.costSaved"), getTranslation("dashboard.figure.toilHoursSaved"),
                getTranslation("dashboard.figure.skillGrowth")));
        for (IncidentRole role : IncidentRole.values()) {
            header.add(getTranslation("dashboard.figure.reached", getTranslation(role.messageKey())));
        }
        List<List<Object>> rows = cohorts.stream().map(k -> {
            List<Object> row = new ArrayList<>(List.of(k.name(), Formats.period(k.startDate(), k.endDate(), getLocale()),
                    k.participantCount()));
            row.add(k.checkInCompliancePercent() == null ? null : k.checkInCompliancePercent() + " %");
            row.add(k.averageWellBeing());
            row.add(k.toilPercent() == null ? null : k.toilPercent() + " %");
            row.add(k.tasksByStatus().getOrDefault(TaskStatus.DONE, 0L));
            row.add(k.costSavedPerMonth());
            row.add(k.toilHoursSavedPerMonth());
            row.add(dashboard.growthOf(k.cohortId()).map(g -> CohortFigures.oneDecimal(g.overallAverage())).orElse(null));
            for (IncidentRole role : IncidentRole.values()) {
                row.add(k.ladderReached().getOrDefault(role, 0L));
            }
            return row;
        }).toList();
        ExportableTable table = new ExportableTable("comparison",
                getTranslation("dashboard.comparison.title", DashboardService.COMPARED_COHORTS), naming, header, rows);
        table.setWidthFull();
        return table;
    }

    private void capacity(List<CohortSummary> cohorts, Optional<Long> plan, LocalDate today) {
        add(new H3(getTranslation("dashboard.capacity.title")));
        List<CohortSummary> planned = cohorts.stream().filter(c -> c.statusOn(today) == CohortStatus.PLANNED).toList();
        if (planned.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.capacity.none")));
            return;
        }
        long chosenPlan = plan.filter(id -> planned.stream().anyMatch(c -> c.id() == id)).orElse(planned.getFirst().id());
        add(cohortSelect("dashboard-plan", "dashboard.capacity.cohort", planned, chosenPlan, PLAN, today));
        add(new CapacitySection(dashboards.capacity(chosenPlan, checkIns.length()), today));
    }

    private Select<CohortSummary> cohortSelect(String id, String labelKey, List<CohortSummary> cohorts, long selected,
                                               String parameter, LocalDate today) {
        Select<CohortSummary> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(cohorts);
        select.setItemLabelGenerator(c -> c == null ? "" : getTranslation("dashboard.cohortOption", c.name(),
                getTranslation(c.statusOn(today).messageKey())));
        cohorts.stream().filter(c -> c.id() == selected).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                chosen.put(parameter, String.valueOf(change.getValue().id()));
                UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(chosen));
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
