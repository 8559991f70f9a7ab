package dev.ryugaku.web.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.cohort.CohortDetails;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.intake.ApplicationFilter;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.ApplicationView;
import dev.ryugaku.core.intake.IntakePolicies;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.RoundDraft;
import dev.ryugaku.core.intake.RoundView;
import dev.ryugaku.core.intake.SelectionSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Breadcrumbs;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.DialogKeys;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.PhoneCards;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import dev.ryugaku.core.skill.MentorMatching;
import dev.ryugaku.web.skill.MentorSuggestions;
import dev.ryugaku.web.security.CurrentUser;

/**
 * 募集 (/cohorts/{id}/intake): the owner opens or edits the cohort's intake round, closes it early,
 * and selects from its applications (filtered by team, state and skill wanted, page by page),
 * seeing the places used against capacity and the load on each home team.
 */
@Route("cohorts/:cohortId(\\d+)/intake")
@RolesAllowed(Role.OWNER_NAME)
class RoundIntakeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String COHORT_ID = "cohortId";

    private final transient IntakeService intake;
    private final transient CohortService cohorts;
    private final transient SkillCatalogService catalogue;
    private CohortDetails cohort;
    private final transient MentorMatching matching;
    private final transient CurrentUser currentUser;
    private List<SkillRef> skills = List.of();

    RoundIntakeView(IntakeService intake, CohortService cohorts, SkillCatalogService catalogue, MentorMatching matching,
                    CurrentUser currentUser) {
        this.matching = matching;
        this.currentUser = currentUser;
        this.intake = intake;
        this.cohorts = cohorts;
        this.catalogue = catalogue;
        addClassName("intake-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, COHORT_ID, cohorts::get).ifPresent(loaded -> {
            cohort = loaded;
            skills = catalogue.active();
            show();
        });
    }

    private void show() {
        removeAll();
        add(Breadcrumbs.fromHome().link(cohort.name(), CohortPages.cohort(cohort.id()))
                .here(getTranslation("intake.round.title")));
        add(new H2(getTranslation("intake.round.heading", cohort.name())));
        Optional<RoundView> round = intake.roundOf(cohort.id());
        add(roundForm(round.orElse(null)));
        round.ifPresent(r -> {
            add(summary(intake.selection(r.id())));
            add(applications(r));
        });
    }

    // ---- the round ----

    private Div roundForm(RoundView round) {
        Div card = new Div();
        card.addClassNames("home-card", "intake-round-form");
        card.setId("intake-round");
        RoundDraft draft = round == null ? RoundDraft.asking(null, null) : round.settings();
        if (round != null) {
            Span state = new Span(getTranslation(round.open() ? "intake.round.open" : "intake.round.notOpen"));
            state.setId("intake-round-state");
            state.addClassNames("status-badge", round.open() ? "status-active" : "status-completed");
            card.add(state);
        }
        DatePicker opens = DatePickers.create(getTranslation("intake.field.opensOn"), getLocale());
        opens.setValue(draft.opensOn());
        opens.setId("intake-opens");
        DatePicker closes = DatePickers.create(getTranslation("intake.field.closesOn"), getLocale());
        closes.setValue(draft.closesOn());
        closes.setId("intake-closes");
        Checkbox motivation = new Checkbox(getTranslation("intake.field.askMotivation"), draft.askMotivation());
        Checkbox skillsAsked = new Checkbox(getTranslation("intake.field.askSkills"), draft.askSkills());
        Checkbox topics = new Checkbox(getTranslation("intake.field.askTopics"), draft.askTopics());
        Checkbox period = new Checkbox(getTranslation("intake.field.askPeriod"), draft.askPeriod());
        Checkbox approval = new Checkbox(getTranslation("intake.field.approvalRequired"), draft.approvalRequired());
        approval.setId("intake-approval");
        FormLayout form = new FormLayout(opens, closes, motivation, skillsAsked, topics, period, approval);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Paragraph general = new Paragraph();
        FieldErrors errors = new FieldErrors(card).field("opensOn", opens).field("closesOn", closes).general(general);
        Button save = new Button(getTranslation(round == null ? "intake.round.openAction" : "action.save"), click -> {
            RoundDraft typed = new RoundDraft(opens.getValue(), closes.getValue(), motivation.getValue(),
                    skillsAsked.getValue(), topics.getValue(), period.getValue(), approval.getValue());
            boolean saved = round == null ? errors.attempt(() -> intake.openRound(cohort.id(), typed)).isPresent()
                    : errors.attempt(() -> intake.updateRound(round.id(), round.version(), typed));
            if (saved) {
                Notifications.success(getTranslation("intake.round.saved"));
                show();
            }
        });
        save.setId("intake-round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save);
        if (round != null && round.open()) {
            Button close = new Button(getTranslation("intake.round.close"), click -> {
                if (errors.attempt(() -> intake.closeRound(round.id(), round.version()))) {
                    show();
                }
            });
            close.setId("intake-round-close");
            actions.add(close);
        } else if (round != null) {
            Button delete = new Button(getTranslation("intake.round.deleteDeclined"), click -> Confirmation.ask(this,
                    getTranslation("intake.round.deleteDeclined"), getTranslation("intake.round.deleteDeclinedQuestion"),
                    getTranslation("intake.round.deleteDeclined"), () -> errors.attempt(() -> intake.deleteDeclined(round.id()))
                            .ifPresent(deleted -> {
                                Notifications.success(getTranslation("intake.round.deletedDeclined", deleted));
                                show();
                            })));
            delete.setId("intake-delete-declined");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        card.add(general, form, actions);
        return card;
    }

    // ---- selection ----

    private Div summary(SelectionSummary summary) {
        Div card = new Div();
        card.addClassNames("home-card", "intake-summary");
        card.setId("intake-summary");
        Paragraph used = new Paragraph(getTranslation("intake.round.capacity", summary.used(), summary.capacity()));
        used.setId("intake-capacity");
        card.add(used);
        if (!summary.teams().isEmpty()) {
            card.add(new H3(getTranslation("intake.round.teamLoad")));
            Div loads = new Div();
            loads.setId("intake-team-load");
            summary.teams().forEach(load -> loads.add(new Paragraph(getTranslation("intake.round.teamLoadLine",
                    load.teamName() == null ? getTranslation("intake.round.noTeam") : load.teamName(),
                    load.selected(), load.inPlay()))));
            card.add(loads);
        }
        return card;
    }

    private VerticalLayout applications(RoundView round) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation("intake.round.applications")));
        ComboBox<SelectionSummary.TeamLoad> team = new ComboBox<>(getTranslation("intake.filter.team"),
                intake.selection(round.id()).teams().stream().filter(t -> t.teamId() != null).toList());
        team.setItemLabelGenerator(SelectionSummary.TeamLoad::teamName);
        team.setClearButtonVisible(true);
        team.setId("intake-filter-team");
        Select<ApplicationState> state = new Select<>();
        state.setLabel(getTranslation("intake.filter.state"));
        state.setItems(ApplicationState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("intake.filter.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("intake.filter.all") : getTranslation(s.messageKey()));
        state.setId("intake-filter-state");
        ComboBox<SkillRef> skill = new ComboBox<>(getTranslation("intake.filter.skill"), skills);
        skill.setItemLabelGenerator(s -> s.name(getLocale()));
        skill.setClearButtonVisible(true);
        skill.setId("intake-filter-skill");
        HorizontalLayout filters = new HorizontalLayout(team, state, skill);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Grid<ApplicationView> grid = new Grid<>();
        grid.setId("intake-applications");
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
        grid.addColumn(ApplicationView::personName).setHeader(getTranslation("intake.column.person")).setFlexGrow(2);
        grid.addColumn(a -> a.teamName() == null ? "" : a.teamName()).setHeader(getTranslation("intake.column.team"));
        grid.addComponentColumn(ApplicationCard::state).setHeader(getTranslation("intake.column.state"));
        grid.addColumn(a -> ApplicationCard.skillNames(a, skills, getLocale()))
                .setHeader(getTranslation("intake.field.skills")).setFlexGrow(2);
        grid.addColumn(a -> a.submittedAt() == null ? "" : Formats.date(
                        a.submittedAt().atZone(currentUser.zone()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("intake.column.submitted"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("intake.column.actions")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                a -> new ApplicationCard(a, skills, true)));
        PhoneCards.apply(grid);
        Runnable refresh = () -> grid.setItems(
                query -> intake.applications(round.id(), filter(team, state, skill), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) intake.countApplications(round.id(), filter(team, state, skill)));
        refresh.run();
        team.addValueChangeListener(changed -> refresh.run());
        state.addValueChangeListener(changed -> refresh.run());
        skill.addValueChangeListener(changed -> refresh.run());
        grid.setEmptyStateText(getTranslation("intake.round.empty"));
        section.add(filters, grid);
        return section;
    }

    private static ApplicationFilter filter(ComboBox<SelectionSummary.TeamLoad> team, Select<ApplicationState> state,
                                            ComboBox<SkillRef> skill) {
        return new ApplicationFilter(team.getValue() == null ? null : team.getValue().teamId(), state.getValue(),
                skill.getValue() == null ? null : skill.getValue().id());
    }

    private HorizontalLayout actions(ApplicationView application) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.addClassName("intake-actions");
        if (application.awaitsManager() || application.enrollmentId() != null) {
            return actions;
        }
        boolean decidable = switch (application.state()) {
            case SUBMITTED, APPROVED, SELECTED, WAITLISTED, DECLINED -> true;
            default -> false;
        };
        if (!decidable) {
            return actions;
        }
        if (application.state() == ApplicationState.SELECTED) {
            actions.add(action("intake.action.enroll", "intake-enroll", () -> decide(application, Decision.ENROLL)));
        } else {
            actions.add(action("intake.action.select", "intake-select", () -> decide(application, Decision.SELECT)));
        }
        if (application.state() != ApplicationState.WAITLISTED) {
            actions.add(action("intake.action.waitlist", "intake-waitlist", () -> decide(application, Decision.WAITLIST)));
        }
        if (application.state() != ApplicationState.DECLINED) {
            actions.add(action("intake.action.decline", "intake-owner-decline", () -> decide(application, Decision.DECLINE)));
        }
        return actions;
    }

    private Button action(String key, String className, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    enum Decision { SELECT, ENROLL, WAITLIST, DECLINE }

    /**
     * The owner's decision on one application, in a dialog: a message for the applicant and, when
     * selecting, the mentor (the mentors with their current load, or picked from the suggestions ranked by
     * the skills the applicant wants).
     */
    void decide(ApplicationView application, Decision decision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("intake.decide." + decision.name(), application.personName()));
        dialog.addClassName("intake-decide");
        ComboBox<MentorOption> mentor = new ComboBox<>(getTranslation("intake.field.mentor"));
        mentor.setItemLabelGenerator(m -> getTranslation("enrollment.mentorOption", m.displayName(), m.activeMentees()));
        mentor.setId("intake-mentor");
        mentor.setWidthFull();
        TextArea message = new TextArea(getTranslation("intake.field.ownerMessage"));
        message.setId("intake-message");
        message.setWidthFull();
        message.setHelperText(getTranslation("intake.decide.messageHelper"));
        TextLimit.apply(message, IntakePolicies.REASON_MAX);
        if (decision == Decision.SELECT || decision == Decision.ENROLL) {
            List<MentorOption> options = intake.mentorOptions();
            mentor.setItems(options);
            mentor.setHelperText(getTranslation(decision == Decision.SELECT ? "intake.decide.mentorOptional"
                    : "intake.decide.mentorRequired"));
            // mentors ranked by the skills this applicant wants and by their load over the cohort's period
            dialog.add(mentor, MentorSuggestions.opener("intake-suggest-mentors", () -> new MentorSuggestions(matching,
                    skills, application.skillIds(), cohort.startDate(), cohort.endDate(),
                    id -> options.stream().filter(o -> o.id() == id).findFirst().ifPresent(mentor::setValue))));
        }
        if (decision != Decision.ENROLL) {
            dialog.add(message);
        }
        Paragraph general = new Paragraph();
        dialog.addComponentAsFirst(general);
        FieldErrors errors = new FieldErrors(dialog).field("primaryMentorId", mentor).general(general);
        Button save = new Button(getTranslation("intake.action." + decision.name().toLowerCase(java.util.Locale.ROOT)),
                click -> {
                    Long mentorId = mentor.getValue() == null ? null : mentor.getValue().id();
                    if (decision == Decision.ENROLL && mentorId == null) {
                        mentor.setInvalid(true);
                        mentor.setErrorMessage(getTranslation("intake.decide.mentorRequired"));
                        return;
                    }
                    boolean done = errors.attempt(() -> {
                        switch (decision) {
                            case SELECT -> intake.select(application.id(), application.version(), message.getValue(), mentorId);
                            case ENROLL -> intake.enrollSelected(application.id(), application.version(), mentorId);
                            case WAITLIST -> intake.waitlist(application.id(), application.version(), message.getValue());
                            case DECLINE -> intake.decline(application.id(), application.version(), message.getValue());
                        }
                    });
                    if (done) {
                        dialog.close();
                        show();
                    }
                });
        save.setId("intake-decide-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("action.back"), click -> dialog.close());
        dialog.getFooter().add(back, save);
        DialogKeys.apply(dialog, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("intake.round.title")
                : getTranslation("intake.round.heading", cohort.name());
    }
}
