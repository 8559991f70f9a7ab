package dev.ryugaku.web.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import dev.ryugaku.web.support.PhoneCards;

/** 期の一覧: every cohort the user may see, newest first, paged lazily, with the timeline above. */
@Route("cohorts")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class CohortListView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    CohortListView(CohortService cohorts, AuthenticationContext authentication, CurrentUser currentUser) {
        LocalDate today = currentUser.today();
        boolean owner = authentication.hasRole(Role.OWNER_NAME);

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        H2 timelineTitle = new H2(getTranslation("cohort.timeline.title"));
        toolbar.add(timelineTitle);
        if (owner) {
            Button create = new Button(getTranslation("cohort.action.create"), VaadinIcon.PLUS.create(),
                    click -> Pages.navigate(CohortPages.newCohort()));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-cohort");
            toolbar.addToEnd(create);
        }
        add(toolbar);

        YearMonth first = YearMonth.from(today).minusMonths(8);
        YearMonth last = YearMonth.from(today).plusMonths(12);
        add(new CohortTimeline(cohorts.timeline(first.atDay(1), last.atEndOfMonth()), first, last, today));

        add(new H2(getTranslation("cohort.list.title")));
        add(grid(cohorts, today));
        setSizeFull();
    }

    private Grid<CohortSummary> grid(CohortService cohorts, LocalDate today) {
        Grid<CohortSummary> grid = new Grid<>();
        grid.setId("cohort-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(cohort -> new Anchor(CohortPages.cohort(cohort.id()), cohort.name())))
                .setHeader(getTranslation("cohort.field.name")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(cohort -> new CohortStatusBadge(cohort.statusOn(today))))
                .setHeader(getTranslation("cohort.field.status"));
        grid.addColumn(cohort -> Formats.period(cohort.startDate(), cohort.endDate(), getLocale()))
                .setHeader(getTranslation("cohort.field.period")).setFlexGrow(2);
        grid.addColumn(cohort -> getTranslation("cohort.list.fill", cohort.enrolled(), cohort.capacity()))
                .setHeader(getTranslation("cohort.field.capacity"));
        grid.addColumn(CohortSummary::hostTeamName).setHeader(getTranslation("cohort.field.hostTeam"));
        PhoneCards.apply(grid);
        grid.setItemsPageable(cohorts::list, pageable -> (int) cohorts.count());
        grid.setEmptyStateText(getTranslation("cohort.list.empty"));
        grid.setMinHeight("20em");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohort.list.pageTitle");
    }
}
