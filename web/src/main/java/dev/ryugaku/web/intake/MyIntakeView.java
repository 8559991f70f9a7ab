package dev.ryugaku.web.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.ApplicationView;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.RoundView;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 募集への応募 (/intake): the rounds open today, to apply to; one's own applications with where
 * they stand, to confirm a nomination or withdraw. Open to everyone signed in, also without a role.
 */
@Route("intake")
@PermitAll
class MyIntakeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient IntakeService intake;
    private final transient SkillCatalogService catalogue;

    MyIntakeView(IntakeService intake, SkillCatalogService catalogue) {
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
        List<SkillRef> skills = catalogue.active();
        List<ApplicationView> mine = intake.myApplications();
        Set<Long> appliedRounds = mine.stream().map(ApplicationView::roundId).collect(Collectors.toSet());

        add(new H3(getTranslation("intake.mine.open")));
        List<RoundView> open = intake.openRounds().stream().filter(r -> !appliedRounds.contains(r.id())).toList();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("intake.mine.noneOpen"));
            none.setId("intake-none-open");
            add(none);
        }
        open.forEach(round -> add(applyCard(round, skills)));

        add(new H3(getTranslation("intake.mine.applications")));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("intake.mine.noApplications"));
            none.setId("intake-no-applications");
            add(none);
        }
        mine.forEach(application -> add(myCard(application, skills)));
    }

    private Div applyCard(RoundView round, List<SkillRef> skills) {
        Div card = new Div();
        card.addClassNames("home-card", "intake-round");
        card.getElement().setAttribute("data-round", String.valueOf(round.id()));
        card.add(new H4(getTranslation("intake.mine.roundTitle", round.cohortName(),
                Formats.date(round.settings().closesOn(), getLocale()))));
        ApplicationForm form = new ApplicationForm(round.settings(), skills);
        Button apply = new Button(getTranslation("intake.mine.apply"), click -> {
            if (form.errors.attempt(() -> intake.apply(round.id(), form.draft())).isPresent()) {
                Notifications.success(getTranslation("intake.mine.applied"));
                show();
            }
        });
        apply.addClassName("intake-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(form, apply);
        return card;
    }

    private Div myCard(ApplicationView application, List<SkillRef> skills) {
        ApplicationCard card = new ApplicationCard(application, skills, false);
        if (application.state() == ApplicationState.NOMINATED) {
            RoundView round = intake.openRounds().stream().filter(r -> r.id() == application.roundId()).findFirst()
                    .orElse(null);
            if (round != null) {
                card.add(new Paragraph(getTranslation("intake.mine.nominated")));
                ApplicationForm form = new ApplicationForm(round.settings(), skills);
                Button confirm = new Button(getTranslation("intake.mine.confirm"), click -> {
                    if (form.errors.attempt(() -> intake.confirm(application.id(), application.version(), form.draft()))) {
                        Notifications.success(getTranslation("intake.mine.applied"));
                        show();
                    }
                });
                confirm.addClassName("intake-confirm");
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(form, confirm);
            }
        }
        if (application.enrollmentId() != null) {
            card.add(new Paragraph(getTranslation("intake.mine.enrolled")));
        } else if (application.state().isOpen()) {
            Button withdraw = new Button(getTranslation("intake.mine.withdraw"), click -> Confirmation.ask(this,
                    getTranslation("intake.mine.withdraw"),
                    getTranslation("intake.mine.withdrawQuestion", application.cohortName()),
                    getTranslation("intake.mine.withdraw"), () -> {
                        try {
                            intake.withdraw(application.id(), application.version());
                            Notifications.success(getTranslation("intake.mine.withdrawn"));
                        } catch (RuntimeException refused) {
                            Notifications.failure(this, refused);
                        }
                        show();
                    }));
            withdraw.addClassName("intake-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(withdraw);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.mine.title");
    }
}
