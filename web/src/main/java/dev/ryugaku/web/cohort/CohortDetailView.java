package dev.ryugaku.web.cohort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.cohort.CohortDetails;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.WorkLogExportService;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.enrollment.EnrollmentStatusBadge;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.IntakePages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.RetrospectivePages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.navigation.WorkLogPages;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.worklog.WorkLogDownloads;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import dev.ryugaku.web.support.PhoneCards;

/** One cohort: dates, milestones, capacity; owners can edit or cancel it from here. */
@Route("cohorts/:cohortId(\\d+)")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class CohortDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "cohortId";

    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final WorkWeekService workWeeks;
    private final WorkLogExportService workLogExport;
    private final boolean owner;
    private CohortDetails cohort;

    CohortDetailView(CohortService cohorts, EnrollmentService enrollments, WorkWeekService workWeeks,
                     WorkLogExportService workLogExport, AuthenticationContext authentication) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.workWeeks = workWeeks;
        this.workLogExport = workLogExport;
        this.owner = authentication.hasRole(Role.OWNER_NAME);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, ID, cohorts::get).ifPresent(loaded -> {
            cohort = loaded;
            removeAll();
            render();
        });
    }

    private void render() {
        HorizontalLayout header = new HorizontalLayout(new H2(cohort.name()), new CohortStatusBadge(cohort.status()));
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        if (cohort.editable()) {
            Button edit = new Button(getTranslation("cohort.action.edit"), VaadinIcon.EDIT.create(),
                    click -> Pages.navigate(CohortPages.edit(cohort.id())));
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
        add(enrollmentSection());
    }

    /** The cohort's enrollments the user may see: owners all, others their own and their mentees'. */
    private Component enrollmentSection() {
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("cohort.enrollments.title")));
        heading.setWidthFull();
        heading.setAlignItems(Alignment.BASELINE);
        if (cohort.editable()) {
            Button enroll = new Button(getTranslation("cohort.action.enroll"), VaadinIcon.PLUS.create(),
                    click -> Pages.navigate(EnrollmentPages.enroll(cohort.id())));
            enroll.setId("enroll-person");
            heading.addToEnd(enroll);
        }
        Grid<EnrollmentSummary> grid = new Grid<>();
        grid.setId("enrollment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(e -> Pages.link(e.personName(), EnrollmentPages.rotation(e.id())))).setHeader(getTranslation("enrollment.field.person")).setFlexGrow(2);
        grid.addColumn(e -> e.secondaryMentorName() == null ? orDash(e.primaryMentorName())
                        : getTranslation("cohort.enrollments.mentors", orDash(e.primaryMentorName()), e.secondaryMentorName()))
                .setHeader(getTranslation("cohort.enrollments.mentor")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(e -> new EnrollmentStatusBadge(e.status())))
                .setHeader(getTranslation("enrollment.field.status"));
        grid.addColumn(e -> Formats.period(e.startDate(), e.endDate(), getLocale()))
                .setHeader(getTranslation("enrollment.field.period")).setFlexGrow(2);
        List<EnrollmentSummary> rows = enrollments.listForCohort(cohort.id());
        List<ToilFlag> flags = workWeeks.toilFlags(rows.stream().map(EnrollmentSummary::id).toList());
        grid.addColumn(new ComponentRenderer<>(e -> Pages.link(toilText(e, flags), WorkLogPages.rotation(e.id())))).setHeader(getTranslation("worklog.toilFlags"));
        PhoneCards.apply(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("cohort.enrollments.empty"));
        VerticalLayout section = new VerticalLayout(heading, grid);
        if (owner) {
            Anchor export = new Anchor(WorkLogDownloads.cohort(cohort.id(), workLogExport, this), getTranslation("worklog.exportCohort"));
            export.setId("export-cohort-worklog");
            RouterLink skills = Pages.link(getTranslation("skill.cohort.open"), SkillPages.cohort(cohort.id()));
            skills.setId("open-cohort-skills");
            RouterLink feedback = Pages.link(getTranslation("feedback.ofCohort"), RetrospectivePages.feedbackOf(cohort.id()));
            feedback.setId("cohort-feedback");
            RouterLink intake = Pages.link(getTranslation("intake.home.round"), IntakePages.round(cohort.id()));
            intake.setId("cohort-intake");
            section.add(new HorizontalLayout(export, skills, feedback, intake));
        }
        return section;
    }

    /** The weeks a participant went over the toil cap, or a dash. */
    private String toilText(EnrollmentSummary enrollment, List<ToilFlag> flags) {
        List<String> weeks = flags.stream().filter(f -> f.enrollmentId() == enrollment.id())
                .map(f -> Formats.date(f.weekStart(), getLocale()) + " (" + f.toilPercent() + "%)").toList();
        return weeks.isEmpty() ? getTranslation("enrollment.none") : String.join(getTranslation("list.separator"), weeks);
    }

    private String orDash(String value) {
        return value == null ? getTranslation("enrollment.none") : value;
    }

    private Component milestone(java.time.LocalDate date) {
        return text(date == null ? getTranslation("cohort.milestone.none") : Formats.date(date, getLocale()));
    }

    private static Component text(String value) {
        return new Div(new Span(value));
    }

    private void confirmCancel() {
        Confirmation.ask(this, getTranslation("cohort.cancel.header", cohort.name()),
                getTranslation("cohort.cancel.text"), getTranslation("cohort.action.cancel"), () -> {
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
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("cohort.list.pageTitle") : cohort.name();
    }
}
