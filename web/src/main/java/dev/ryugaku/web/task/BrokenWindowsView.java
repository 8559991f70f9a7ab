package dev.ryugaku.web.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskCard;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import dev.ryugaku.web.support.PhoneCards;

/** 割れ窓: open good first tasks across cohorts, oldest first, for newcomers and the weekly fix-it slot. */
@Route("tasks/broken-windows")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class BrokenWindowsView extends VerticalLayout implements HasDynamicTitle {

    BrokenWindowsView(TaskService tasks, CurrentUser currentUser) {
        LocalDate today = currentUser.today();
        add(new Paragraph(getTranslation("task.brokenWindows.intro")));
        Grid<TaskCard> grid = new Grid<>();
        grid.setId("broken-windows");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(t -> Pages.link(t.title(), TaskPages.task(t.id()))))
                .setHeader(getTranslation("task.field.title")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.category().messageKey())).setHeader(getTranslation("task.field.category"));
        grid.addColumn(new ComponentRenderer<>(t -> TaskBadges.risk(t.risk()))).setHeader(getTranslation("task.field.risk"));
        grid.addColumn(t -> getTranslation("task.age",
                ChronoUnit.DAYS.between(t.createdAt().atZone(currentUser.zone()).toLocalDate(), today)))
                .setHeader(getTranslation("task.field.createdBy"));
        PhoneCards.apply(grid);
        grid.setItemsPageable(tasks::brokenWindows, pageable -> (int) tasks.countBrokenWindows());
        grid.setEmptyStateText(getTranslation("task.brokenWindows.empty"));
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.brokenWindows.title");
    }
}
