package dev.ryugaku.web.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.AssigneeOption;
import dev.ryugaku.core.task.TaskCard;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import dev.ryugaku.web.support.PhoneCards;
import dev.ryugaku.web.support.ScrollRegions;

/**
 * 改善タスク: a board with a column per status and a paged list of the same tasks, filtered by
 * cohort, assignee, category and risk. Each person sees the tasks they may see.
 */
@Route("tasks")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class TaskBoardView extends VerticalLayout implements HasDynamicTitle {

    private static final List<TaskStatus> COLUMNS = List.of(TaskStatus.BACKLOG, TaskStatus.READY,
            TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, TaskStatus.DONE, TaskStatus.DROPPED);

    private final TaskService tasks;
    private final Select<CohortSummary> cohort = new Select<>();
    private final ComboBox<AssigneeOption> assignee = new ComboBox<>();
    private final Select<TaskCategory> category = new Select<>();
    private final Select<TaskRisk> risk = new Select<>();
    private final Checkbox showDropped = new Checkbox();
    private final HorizontalLayout board = new HorizontalLayout();
    private final Paragraph limited = new Paragraph();
    private final Grid<TaskCard> list = new Grid<>();

    TaskBoardView(TaskService tasks, CohortService cohorts, AuthenticationContext authentication) {
        this.tasks = tasks;
        boolean supervises = authentication.hasAnyRole(Role.OWNER_NAME, Role.MENTOR_NAME);

        cohort.setId("filter-cohort");
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption(getTranslation("task.filter.anyCohort"));
        cohort.setItems(cohorts.list(PageRequest.of(0, 100)));
        cohort.setItemLabelGenerator(c -> c == null ? getTranslation("task.filter.anyCohort") : c.name());
        assignee.setId("filter-assignee");
        assignee.setPlaceholder(getTranslation("task.filter.anyAssignee"));
        assignee.setItems(tasks.assigneeOptions());
        assignee.setItemLabelGenerator(a -> a.personName() + " / " + a.cohortName());
        assignee.setClearButtonVisible(true);
        assignee.setVisible(supervises);
        category.setId("filter-category");
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("task.filter.anyCategory"));
        category.setItems(TaskCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("task.filter.anyCategory") : getTranslation(c.messageKey()));
        risk.setId("filter-risk");
        risk.setEmptySelectionAllowed(true);
        risk.setEmptySelectionCaption(getTranslation("task.filter.anyRisk"));
        risk.setItems(TaskRisk.values());
        risk.setItemLabelGenerator(r -> r == null ? getTranslation("task.filter.anyRisk") : getTranslation(r.messageKey()));
        showDropped.setLabel(getTranslation("task.filter.showDropped"));
        showDropped.setId("filter-dropped");
        cohort.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        risk.addValueChangeListener(e -> refresh());
        showDropped.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation(supervises ? "task.action.create" : "task.action.propose"),
                VaadinIcon.PLUS.create(), click -> Pages.navigate(TaskPages.newTask()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-task");
        HorizontalLayout filters = new HorizontalLayout(cohort, assignee, category, risk, showDropped);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        filters.addToEnd(create);
        filters.setWidthFull();
        filters.addClassName("task-filters");

        Tab boardTab = new Tab(getTranslation("task.board.tab"));
        Tab listTab = new Tab(getTranslation("task.list.tab"));
        Tabs tabs = new Tabs(boardTab, listTab);
        tabs.setId("task-tabs");
        tabs.addSelectedChangeListener(change -> {
            boolean showBoard = change.getSelectedTab() == boardTab;
            board.setVisible(showBoard);
            limited.setVisible(showBoard && limited.getText() != null && !limited.getText().isEmpty());
            list.setVisible(!showBoard);
        });

        board.setId("task-board");
        board.addClassName("task-board");
        board.setWidthFull();
        ScrollRegions.focusable(board, getTranslation("task.board.tab"));
        configureList();
        list.setVisible(false);
        limited.addClassName("hint");
        add(filters, tabs, limited, board, list);
        setSizeFull();
        refresh();
    }

    private TaskFilter filter() {
        return new TaskFilter(cohort.getValue() == null ? null : cohort.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().enrollmentId(), category.getValue(),
                risk.getValue(), showDropped.getValue());
    }

    private void refresh() {
        TaskFilter filter = filter();
        List<TaskCard> cards = tasks.board(filter);
        Map<TaskStatus, VerticalLayout> columns = new EnumMap<>(TaskStatus.class);
        board.removeAll();
        for (TaskStatus status : COLUMNS) {
            if (status == TaskStatus.DROPPED && !filter.includeDropped()) {
                continue;
            }
            VerticalLayout column = new VerticalLayout();
            column.addClassName("task-column");
            column.setId("column-" + status.name());
            column.setPadding(false);
            column.setSpacing(false);
            columns.put(status, column);
            board.add(column);
        }
        for (TaskCard card : cards) {
            VerticalLayout column = columns.get(card.status());
            if (column != null) {
                column.add(card(card));
            }
        }
        columns.forEach((status, column) -> column.addComponentAsFirst(
                new H3(getTranslation(status.messageKey()) + " (" + (column.getComponentCount()) + ")")));
        boolean capped = cards.size() >= TaskService.BOARD_LIMIT;
        limited.setText(capped ? getTranslation("task.board.limited", TaskService.BOARD_LIMIT) : "");
        limited.setVisible(capped && board.isVisible());
        list.getDataProvider().refreshAll();
    }

    private Component card(TaskCard task) {
        Div card = new Div();
        card.addClassName("task-card");
        card.getElement().setAttribute("data-task-id", String.valueOf(task.id()));
        RouterLink title = Pages.link(task.title(), TaskPages.task(task.id()));
        title.addClassName("task-card-title");
        Div badges = new Div(TaskBadges.risk(task.risk()), new Span(getTranslation(task.category().messageKey())));
        badges.addClassName("task-card-badges");
        if (task.goodFirstTask()) {
            Span flag = new Span(getTranslation("nav.brokenWindows"));
            flag.addClassNames("status-badge", "broken-window");
            badges.add(flag);
        }
        String who = task.assigneeName() == null ? getTranslation("task.unassigned") : task.assigneeName();
        Span meta = new Span(task.dueDate() == null ? who : who + " · " + Formats.date(task.dueDate(), getLocale()));
        meta.addClassName("task-card-meta");
        card.add(title, badges, meta);
        return card;
    }

    private void configureList() {
        list.setId("task-list");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(new ComponentRenderer<>(t -> Pages.link(t.title(), TaskPages.task(t.id()))))
                .setHeader(getTranslation("task.field.title")).setFlexGrow(3);
        list.addColumn(new ComponentRenderer<>(t -> TaskBadges.status(t.status()))).setHeader(getTranslation("task.field.status"));
        list.addColumn(t -> getTranslation(t.category().messageKey())).setHeader(getTranslation("task.field.category"));
        list.addColumn(new ComponentRenderer<>(t -> TaskBadges.risk(t.risk()))).setHeader(getTranslation("task.field.risk"));
        list.addColumn(t -> t.assigneeName() == null ? getTranslation("task.unassigned") : t.assigneeName())
                .setHeader(getTranslation("task.field.assignee"));
        list.addColumn(t -> Formats.date(t.dueDate(), getLocale())).setHeader(getTranslation("task.field.dueDate"));
        PhoneCards.apply(list);
        list.setItemsPageable(pageable -> tasks.list(filter(), pageable), pageable -> (int) tasks.count(filter()));
        list.setEmptyStateText(getTranslation("task.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.board.title");
    }
}
