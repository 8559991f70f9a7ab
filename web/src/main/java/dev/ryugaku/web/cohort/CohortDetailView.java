package dev.ryugaku.web.cohort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.ryugaku.core.cohort.CohortDetails;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.Notifications;
import jakarta.annotation.security.RolesAllowed;

/** One cohort: dates, milestones, capacity; owners can edit or cancel it from here. */
@Route("cohorts/:cohortId(\\d+)")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
public class CohortDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "cohortId";

    private final CohortService cohorts;
    private CohortDetails cohort;

    CohortDetailView(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    /** The route parameters of one cohort's page and of its edit form. */
    static RouteParameters parameters(long cohortId) {
        return new RouteParameters(ID, String.valueOf(cohortId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElseThrow();
        try {
            cohort = cohorts.get(id);
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        render();
    }

    private void render() {
        HorizontalLayout header = new HorizontalLayout(new H2(cohort.name()), new CohortStatusBadge(cohort.status()));
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        if (cohort.editable()) {
            Button edit = new Button(getTranslation("cohort.action.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(CohortEditorView.class, parameters(cohort.id()))));
            edit.setId("edit-cohort");
            Button cancel = new Button(getTranslation("cohort.action.cancel"), VaadinIcon.BAN.create(), click -> confirmCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-cohort");
            header.addToEnd(edit, cancel);
        }
        add(header);

        FormLayout facts = new FormLayout();
        facts.addClassName("facts");
        facts.addFormItem(text(Formats.period(cohort.startDate(), cohort.endDate(), getLocale())),
                getTranslation("cohort.field.period"));
        facts.addFormItem(text(getTranslation("cohort.list.fill", cohort.enrolled(), cohort.capacity())),
                getTranslation("cohort.field.capacity"));
        facts.addFormItem(text(cohort.hostTeam().name()), getTranslation("cohort.field.hostTeam"));
        facts.addFormItem(text(getTranslation(cohort.cadence().messageKey())), getTranslation("cohort.field.cadence"));
        facts.addFormItem(milestone(cohort.kickoffDate()), getTranslation("cohort.field.kickoffDate"));
        facts.addFormItem(milestone(cohort.midTermReviewDate()), getTranslation("cohort.field.midTermReviewDate"));
        facts.addFormItem(milestone(cohort.finalReviewDate()), getTranslation("cohort.field.finalReviewDate"));
        add(facts);

        if (cohort.description() != null) {
            Paragraph description = new Paragraph(cohort.description());
            description.addClassName("cohort-description");
            add(description);
        }
    }

    private Component milestone(java.time.LocalDate date) {
        return text(date == null ? getTranslation("cohort.milestone.none") : Formats.date(date, getLocale()));
    }

    private static Component text(String value) {
        return new Div(new Span(value));
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("cohort.cancel.header", cohort.name()));
        dialog.setText(getTranslation("cohort.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("cohort.action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                cohorts.cancel(cohort.id(), cohort.version());
                Notifications.success(getTranslation("cohort.cancel.done", cohort.name()));
            } catch (RuntimeException refused) {
                Notifications.failure(this, refused);
            }
            cohort = cohorts.get(cohort.id());
            removeAll();
            render();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("cohort.list.pageTitle") : cohort.name();
    }
}
