package dev.ryugaku.web.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.cohort.CohortEdit;
import dev.ryugaku.core.cohort.CohortRules;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.people.TeamRef;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.Editor;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UserMessages;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Creates a cohort ({@code /cohorts/new}) or edits one ({@code /cohorts/{id}/edit}); program owners
 * only. The rules live in core: this form shows their verdict beside the fields, keeps what was
 * typed, and refuses to overwrite a cohort someone else saved in the meantime.
 */
@Route("cohorts/new")
@RouteAlias("cohorts/:cohortId(\\d+)/edit")
@RolesAllowed(Role.OWNER_NAME)
class CohortEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final Binder<CohortDraft> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final Editor<CohortDraft> editor = new Editor<>(this, binder, CohortDraft::new, errors);

    private final TextField name = new TextField(getTranslation("cohort.field.name"));
    private final DatePicker startDate = DatePickers.create(getTranslation("cohort.field.startDate"), getLocale());
    private final DatePicker endDate = DatePickers.create(getTranslation("cohort.field.endDate"), getLocale());
    private final IntegerField capacity = new IntegerField(getTranslation("cohort.field.capacity"));
    private final ComboBox<TeamRef> hostTeam = new ComboBox<>(getTranslation("cohort.field.hostTeam"));
    private final RadioButtonGroup<CheckInCadence> cadence = new RadioButtonGroup<>(getTranslation("cohort.field.cadence"));
    private final DatePicker kickoffDate = DatePickers.create(getTranslation("cohort.field.kickoffDate"), getLocale());
    private final DatePicker midTermReviewDate = DatePickers.create(getTranslation("cohort.field.midTermReviewDate"), getLocale());
    private final DatePicker finalReviewDate = DatePickers.create(getTranslation("cohort.field.finalReviewDate"), getLocale());
    private final TextArea description = new TextArea(getTranslation("cohort.field.description"));
    private final Checkbox draft = new Checkbox(getTranslation("cohort.field.draft"));

    private CohortEdit editing;

    CohortEditorView(CohortService cohorts) {
        this.cohorts = cohorts;
        configureFields();
        bind();

        FormLayout form = new FormLayout(name, hostTeam, startDate, endDate, capacity, cadence,
                kickoffDate, midTermReviewDate, finalReviewDate, description, draft);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(draft, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-cohort");
        Button back = new Button(getTranslation("action.back"), click -> leave());
        add(editor.title(), form, new HorizontalLayout(save, back));
        setMaxWidth("60em");
    }

    private void configureFields() {
        TextLimit.apply(name, CohortRules.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.ON_BLUR);
        name.setPlaceholder(getTranslation("cohort.field.name.placeholder"));
        startDate.setRequiredIndicatorVisible(true);
        endDate.setRequiredIndicatorVisible(true);
        // no min/max constraint on the field: core's rule answers, in the user's language
        capacity.setStepButtonsVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        hostTeam.setItems(cohorts.hostTeams());
        hostTeam.setItemLabelGenerator(TeamRef::name);
        hostTeam.setRequiredIndicatorVisible(true);
        cadence.setItems(CheckInCadence.values());
        cadence.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        cadence.setRequiredIndicatorVisible(true);
        TextLimit.apply(description, CohortRules.DESCRIPTION_MAX_LENGTH);
        description.setHelperText(getTranslation("cohort.field.description.helper"));
        draft.setTooltipText(getTranslation("cohort.field.draft.helper"));
        startDate.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                endDate.setInitialPosition(change.getValue().plusMonths(6));
            }
        });

        name.setId("cohort-name");
        startDate.setId("cohort-start");
        endDate.setId("cohort-end");
        capacity.setId("cohort-capacity");
        hostTeam.setId("cohort-host-team");
        cadence.setId("cohort-cadence");
        kickoffDate.setId("cohort-kickoff");
        midTermReviewDate.setId("cohort-mid-term-review");
        finalReviewDate.setId("cohort-final-review");
        description.setId("cohort-description");
        draft.setId("cohort-draft");

        errors.field("name", name).field("startDate", startDate).field("endDate", endDate)
                .field("capacity", capacity).field("hostTeamId", hostTeam).field("cadence", cadence)
                .field("kickoffDate", kickoffDate).field("midTermReviewDate", midTermReviewDate)
                .field("finalReviewDate", finalReviewDate).field("description", description);
    }

    private void bind() {
        binder.forField(name).bind(CohortDraft::getName, CohortDraft::setName);
        binder.forField(startDate).bind(CohortDraft::getStartDate, CohortDraft::setStartDate);
        binder.forField(endDate).bind(CohortDraft::getEndDate, CohortDraft::setEndDate);
        binder.forField(capacity).bind(CohortDraft::getCapacity, CohortDraft::setCapacity);
        binder.forField(hostTeam).bind(
                d -> hostTeamOptions().stream().filter(t -> d.getHostTeamId() != null && t.id() == d.getHostTeamId())
                        .findFirst().orElse(null),
                (d, team) -> d.setHostTeamId(team == null ? null : team.id()));
        binder.forField(cadence).bind(CohortDraft::getCadence, CohortDraft::setCadence);
        binder.forField(kickoffDate).bind(CohortDraft::getKickoffDate, CohortDraft::setKickoffDate);
        binder.forField(midTermReviewDate).bind(CohortDraft::getMidTermReviewDate, CohortDraft::setMidTermReviewDate);
        binder.forField(finalReviewDate).bind(CohortDraft::getFinalReviewDate, CohortDraft::setFinalReviewDate);
        binder.forField(description).bind(CohortDraft::getDescription, CohortDraft::setDescription);
        binder.forField(draft).bind(CohortDraft::isDraft, CohortDraft::setDraft);
    }

    private List<TeamRef> hostTeamOptions() {
        return hostTeam.getListDataView().getItems().toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            editor.open(event, CohortDetailView.ID, cohorts::openForEdit, opened -> {
                editing = opened;
                editor.show(getTranslation("cohort.editor.editTitle", opened.draft().getName()), opened.draft());
            }, () -> {
                editing = null;
                editor.show(getTranslation("cohort.editor.createTitle"), new CohortDraft());
            });
        } catch (InvalidInputException notChangeable) {
            Notifications.error(UserMessages.of(this, notChangeable.violations().getFirst()));
            event.forwardTo(CohortPages.cohort(event.getRouteParameters().getLong(CohortDetailView.ID).orElseThrow()));
        }
    }

    private void save() {
        editor.save(input -> {
            if (editing == null) {
                return cohorts.create(input);
            }
            cohorts.update(editing.id(), editing.version(), input);
            return editing.id();
        }, (input, id) -> {
            Notifications.success(getTranslation("cohort.editor.saved", input.getName().strip()));
            Pages.navigate(CohortPages.cohort(id));
        });
    }

    private void leave() {
        Pages.navigate(editing == null ? CohortPages.list() : CohortPages.cohort(editing.id()));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editor.confirmLeaving(event);
    }

    @Override
    public String getPageTitle() {
        return editor.pageTitle();
    }
}
