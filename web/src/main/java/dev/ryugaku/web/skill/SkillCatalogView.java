package dev.ryugaku.web.skill;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.SkillAreaRow;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.support.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * スキル一覧: the skill catalogue for program owners, in the order assessments show it. A row opens
 * the editor; the arrows move an area up or down. Names and descriptions show in the reader's language.
 */
@Route("admin/skills")
@RolesAllowed(Role.OWNER_NAME)
class SkillCatalogView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final SkillCatalogService catalog;
    private final Grid<SkillAreaRow> grid = new Grid<>();

    SkillCatalogView(SkillCatalogService catalog) {
        this.catalog = catalog;
        Button add = new Button(getTranslation("skill.catalog.add"), VaadinIcon.PLUS.create(),
                click -> Pages.navigate(SkillPages.newSkillArea()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-skill");
        HorizontalLayout toolbar = new HorizontalLayout(new Paragraph(getTranslation("skill.catalog.intro")));
        toolbar.addToEnd(add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.setId("skill-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SkillAreaRow::sortOrder).setHeader(getTranslation("skill.field.sortOrder")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.name(getLocale())).setHeader(getTranslation("skill.field.name")).setFlexGrow(2);
        grid.addColumn(row -> row.description(getLocale())).setHeader(getTranslation("skill.field.description"))
                .setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(this::state)).setHeader(getTranslation("skill.field.active"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SkillAreaRow::ratings).setHeader(getTranslation("skill.field.ratings")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::moveButtons)).setHeader(getTranslation("skill.field.move"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> Pages.navigate(SkillPages.skillArea(click.getItem().id())));
        grid.setItemsPageable(catalog::list, pageable -> (int) catalog.count());
        grid.setEmptyStateText(getTranslation("skill.catalog.empty"));
        add(toolbar, grid);
        setSizeFull();
    }

    private Component state(SkillAreaRow row) {
        Span badge = new Span(getTranslation(row.active() ? "skill.active" : "skill.inactive"));
        badge.addClassNames("status-badge", row.active() ? "status-active" : "status-inactive");
        return badge;
    }

    private Component moveButtons(SkillAreaRow row) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(row, -1));
        up.setId("skill-up-" + row.id());
        up.setAriaLabel(getTranslation("skill.catalog.moveUp", row.name(getLocale())));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(row, 1));
        down.setId("skill-down-" + row.id());
        down.setAriaLabel(getTranslation("skill.catalog.moveDown", row.name(getLocale())));
        for (Button button : new Button[] {up, down}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down);
    }

    /** Moves an area one place; the page shows the new order at once. */
    void move(SkillAreaRow row, int direction) {
        try {
            catalog.move(row.id(), row.version(), direction);
        } catch (RuntimeException refused) {
            Notifications.failure(this, refused);
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skill.catalog.title");
    }
}
