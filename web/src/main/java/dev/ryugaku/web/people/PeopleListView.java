package dev.ryugaku.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.people.PersonSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.PeoplePages;
import jakarta.annotation.security.RolesAllowed;
import dev.ryugaku.web.support.PhoneCards;

/** メンバー: everyone in the program, searchable by name, e-mail or team, paged lazily. */
@Route("admin/people")
@RolesAllowed(Role.OWNER_NAME)
class PeopleListView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Grid<PersonSummary> grid = new Grid<>();

    PeopleListView(PersonService people) {
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("people-search");
        search.setWidth("24em");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button add = new Button(getTranslation("people.action.add"), VaadinIcon.PLUS.create(),
                click -> Pages.navigate(PeoplePages.newPerson()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-person");
        Button importCsv = new Button(getTranslation("people.action.import"), VaadinIcon.UPLOAD.create(),
                click -> Pages.navigate(PeoplePages.importPeople()));
        importCsv.setId("import-people");
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.addToEnd(importCsv, add);
        toolbar.setWidthFull();

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(person -> new Anchor(
                        PeoplePages.person(person.id()),
                        person.displayName())))
                .setHeader(getTranslation("person.field.displayName")).setFlexGrow(2);
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("person.field.email")).setFlexGrow(2);
        grid.addColumn(PersonSummary::homeTeamName).setHeader(getTranslation("person.field.homeTeam"));
        grid.addColumn(new ComponentRenderer<>(person -> activeBadge(person.active())))
                .setHeader(getTranslation("person.field.active"));
        PhoneCards.apply(grid);
        grid.setItemsPageable(pageable -> people.search(search.getValue(), pageable),
                pageable -> (int) people.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("people.empty"));

        add(toolbar, grid);
        setSizeFull();
    }

    private Span activeBadge(boolean active) {
        Span badge = new Span(getTranslation(active ? "person.active" : "person.inactive"));
        badge.addClassNames("status-badge", active ? "status-active" : "status-cancelled");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
