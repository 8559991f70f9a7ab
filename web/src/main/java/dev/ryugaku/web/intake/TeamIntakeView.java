package dev.ryugaku.web.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.intake.ApplicationView;
import dev.ryugaku.core.intake.IntakePolicies;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.NomineeOption;
import dev.ryugaku.core.intake.RoundView;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.support.DialogKeys;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * チームの応募 (/intake/team): a home-team manager approves or declines (with a reason) the
 * applications of their team and nominates people of it for an open round.
 */
@Route("intake/team")
@PermitAll
class TeamIntakeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient IntakeService intake;
    private final transient SkillCatalogService catalogue;

    TeamIntakeView(IntakeService intake, SkillCatalogService catalogue) {
        this.intake = intake;
        this.catalogue = catalogue;
        addClassName("intake-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        if (!intake.managesATeam()) {
            Paragraph none = new Paragraph(getTranslation("intake.team.notManager"));
            none.setId("intake-not-manager");
            add(none);
            return;
        }
        add(nominate());
        add(new H3(getTranslation("intake.team.applications")));
        List<SkillRef> skills = catalogue.active();
        List<ApplicationView> applications = intake.teamApplications();
        if (applications.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("intake.team.empty"));
            none.setId("intake-team-empty");
            add(none);
        }
        for (ApplicationView application : applications) {
            ApplicationCard card = new ApplicationCard(application, skills, true);
            if (application.awaitsManager()) {
                Button approve = new Button(getTranslation("intake.team.approve"), click -> {
                    try {
                        intake.approve(application.id(), application.version());
                        Notifications.success(getTranslation("intake.team.approved", application.personName()));
                    } catch (RuntimeException refused) {
                        Notifications.failure(this, refused);
                    }
                    show();
                });
                approve.addClassName("intake-approve");
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button decline = new Button(getTranslation("intake.team.decline"), click -> declineDialog(application));
                decline.addClassName("intake-decline");
                HorizontalLayout actions = new HorizontalLayout(approve, decline);
                actions.setWrap(true);
                card.add(actions);
            }
            add(card);
        }
    }

    private Div nominate() {
        Div card = new Div();
        card.addClassNames("home-card", "intake-nominate");
        card.add(new H3(getTranslation("intake.team.nominate")));
        List<RoundView> rounds = intake.openRounds();
        List<NomineeOption> nominees = intake.nominees();
        if (rounds.isEmpty() || nominees.isEmpty()) {
            card.add(new Paragraph(getTranslation("intake.team.nothingToNominate")));
            return card;
        }
        ComboBox<RoundView> round = new ComboBox<>(getTranslation("intake.team.round"), rounds);
        round.setItemLabelGenerator(RoundView::cohortName);
        round.setValue(rounds.getFirst());
        round.setId("intake-nominate-round");
        ComboBox<NomineeOption> person = new ComboBox<>(getTranslation("intake.team.person"), nominees);
        person.setItemLabelGenerator(n -> n.displayName() + "（" + n.teamName() + "）");
        person.setId("intake-nominate-person");
        FieldErrors errors = new FieldErrors(card).field("personId", person);
        Button nominate = new Button(getTranslation("intake.team.nominateAction"), click -> {
            if (round.getValue() == null || person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("intake.team.personRequired"));
                return;
            }
            if (errors.attempt(() -> intake.nominate(round.getValue().id(), person.getValue().personId())).isPresent()) {
                Notifications.success(getTranslation("intake.team.nominated", person.getValue().displayName()));
                show();
            }
        });
        nominate.setId("intake-nominate");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(round, person, nominate);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        card.add(row);
        return card;
    }

    private void declineDialog(ApplicationView application) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("intake.team.declineTitle", application.personName()));
        TextArea reason = new TextArea(getTranslation("intake.field.managerReason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("intake-decline-reason");
        reason.setHelperText(getTranslation("intake.team.reasonHelper"));
        TextLimit.apply(reason, IntakePolicies.REASON_MAX);
        FieldErrors errors = new FieldErrors(dialog).field("reason", reason);
        Button save = new Button(getTranslation("intake.team.decline"), click -> {
            if (errors.attempt(() -> intake.declineAsManager(application.id(), application.version(), reason.getValue()))) {
                dialog.close();
                show();
            }
        });
        save.setId("intake-decline-save");
        save.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.back"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, save);
        DialogKeys.apply(dialog, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.team.title");
    }
}
