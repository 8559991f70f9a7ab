package dev.ryugaku.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.NomineeOption;
import dev.ryugaku.core.people.TeamService;
import dev.ryugaku.core.people.TeamSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import dev.ryugaku.web.support.PhoneCards;
import dev.ryugaku.web.support.DialogKeys;

/** チーム: the product teams that send participants and the SRE teams that host them. */
@Route("admin/teams")
@RolesAllowed(Role.OWNER_NAME)
class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final TeamService teams;
    private final transient IntakeService intake;
    private final Grid<TeamSummary> grid = new Grid<>();

    TeamsView(TeamService teams, IntakeService intake) {
        this.teams = teams;
        this.intake = intake;
        Button add = new Button(getTranslation("team.action.add"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-team");
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addToEnd(add);
        toolbar.setWidthFull();

        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("team.field.name")).setFlexGrow(2);
        grid.addColumn(team -> getTranslation(team.kind().messageKey())).setHeader(getTranslation("team.field.kind"));
        grid.addColumn(TeamSummary::members).setHeader(getTranslation("team.field.members"));
        grid.addItemClickListener(click -> edit(click.getItem()));
        PhoneCards.apply(grid);
        grid.setItemsPageable(teams::list, pageable -> (int) teams.count());
        grid.setEmptyStateText(getTranslation("team.empty"));
        add(toolbar, grid);
        setSizeFull();
    }

    /** Opens the team dialog: a new team when {@code team} is null. */
    void edit(TeamSummary team) {
        Dialog dialog = new Dialog();
        dialog.setId("team-dialog");
        dialog.setHeaderTitle(getTranslation(team == null ? "team.dialog.create" : "team.dialog.edit"));
        TextField name = new TextField(getTranslation("team.field.name"));
        name.setId("team-name");
        TextLimit.apply(name, TeamService.NAME_MAX_LENGTH);
        name.setWidthFull();
        RadioButtonGroup<TeamKind> kind = new RadioButtonGroup<>(getTranslation("team.field.kind"));
        kind.setId("team-kind");
        kind.setItems(TeamKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        if (team != null) {
            name.setValue(team.name());
            kind.setValue(team.kind());
        } else {
            kind.setValue(TeamKind.PRODUCT);
        }
        // the home-team manager, who nominates people of the team for intake and approves their applications
        ComboBox<NomineeOption> manager = new ComboBox<>(getTranslation("team.field.manager"), intake.managerOptions());
        manager.setId("team-manager");
        manager.setItemLabelGenerator(NomineeOption::displayName);
        manager.setClearButtonVisible(true);
        manager.setWidthFull();
        if (team != null) {
            intake.managerOf(team.id()).flatMap(id -> intake.managerOptions().stream()
                    .filter(option -> option.personId() == id).findFirst()).ifPresent(manager::setValue);
        }
        FieldErrors errors = new FieldErrors(this).field("name", name).field("kind", kind);
        Button save = new Button(getTranslation("action.save"), click -> {
            boolean saved = errors.attempt(() -> {
                long id = team == null ? teams.create(name.getValue(), kind.getValue()) : team.id();
                if (team != null) {
                    teams.update(team.id(), team.version(), name.getValue(), kind.getValue());
                }
                intake.setTeamManager(id, manager.getValue() == null ? null : manager.getValue().personId());
            });
            if (saved) {
                Notifications.success(getTranslation("team.saved", name.getValue().strip()));
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-team");
        Button cancel = new Button(getTranslation("action.back"), click -> dialog.close());
        dialog.add(new VerticalLayout(name, kind, manager));
        dialog.getFooter().add(cancel, save);
        DialogKeys.apply(dialog, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
