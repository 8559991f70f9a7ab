package dev.ryugaku.web.enrollment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.checkin.CheckInPlanningService;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.enrollment.EnrollmentRules;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Breadcrumbs;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.navigation.WorkLogPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.AuditHistory;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UserMessages;
import dev.ryugaku.web.checkin.CheckInsSection;
import dev.ryugaku.web.retrospective.RetrospectiveSection;
import jakarta.annotation.security.RolesAllowed;
import dev.ryugaku.web.support.DialogKeys;

/**
 * One enrollment, to its participant, its mentors and program owners; owners also move it along
 * (start, graduate, withdraw), edit it and read its history. Anyone else sees the not-found page.
 */
@Route("enrollments/:enrollmentId(\\d+)")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class EnrollmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "enrollmentId";

    private final EnrollmentService enrollments;
    private final CheckInService checkIns;
    private final CheckInPlanningService checkInPlanning;
    private final RetrospectiveService retrospectives;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private EnrollmentDetails enrollment;

    EnrollmentView(EnrollmentService enrollments, CheckInService checkIns, CheckInPlanningService checkInPlanning,
                   RetrospectiveService retrospectives, AuditLog auditLog, CurrentUser currentUser) {
        this.enrollments = enrollments;
        this.checkIns = checkIns;
        this.checkInPlanning = checkInPlanning;
        this.retrospectives = retrospectives;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, ID, enrollments::get).ifPresent(loaded -> {
            enrollment = loaded;
            render();
        });
    }

    private void render() {
        removeAll();
        Breadcrumbs breadcrumbs = Breadcrumbs.fromHome();
        if (enrollment.manageable()) {
            breadcrumbs.link(enrollment.cohortName(), CohortPages.cohort(enrollment.cohortId()));
        }
        add(breadcrumbs.here(getTranslation("breadcrumbs.rotation", enrollment.personName(), enrollment.cohortName())));
        HorizontalLayout header = new HorizontalLayout(new H2(enrollment.personName()),
                new EnrollmentStatusBadge(enrollment.status()));
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        if (enrollment.manageable()) {
            header.addToEnd(ownerActions());
        }
        add(header);

        FormLayout facts = new FormLayout();
        facts.addFormItem(Pages.link(enrollment.cohortName(), CohortPages.cohort(enrollment.cohortId())), getTranslation("enrollment.field.cohort"));
        String period = Formats.period(enrollment.startDate(), enrollment.endDate(), getLocale());
        facts.addFormItem(text(enrollment.datesOverridden() ? getTranslation("enrollment.period.extended", period) : period),
                getTranslation("enrollment.field.period"));
        facts.addFormItem(text(orDash(enrollment.homeTeamName())), getTranslation("enrollment.field.homeTeam"));
        facts.addFormItem(text(orDash(enrollment.primaryMentorName())), getTranslation("enrollment.field.primaryMentor"));
        facts.addFormItem(text(orDash(enrollment.secondaryMentorName())), getTranslation("enrollment.field.secondaryMentor"));
        if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
            facts.addFormItem(text(orDash(enrollment.withdrawalReason())), getTranslation("enrollment.field.withdrawalReason"));
        }
        add(facts);
        RouterLink workLog = Pages.link(getTranslation("worklog.open"), WorkLogPages.rotation(enrollment.id()));
        workLog.setId("open-worklog");
        RouterLink skills = Pages.link(getTranslation("skill.open"), SkillPages.rotation(enrollment.id()));
        skills.setId("open-skills");
        add(new HorizontalLayout(workLog, skills));
        add(new H2(getTranslation("enrollment.field.learningGoals")));
        Paragraph goals = new Paragraph(orDash(enrollment.learningGoals()));
        goals.addClassName("learning-goals");
        add(goals);
        add(new CheckInsSection(checkIns, checkInPlanning, enrollment.id(), currentUser.zone()));
        add(new RetrospectiveSection(retrospectives, enrollment.id()));
        if (enrollment.manageable()) {
            add(new AuditHistory(auditLog.history(EnrollmentService.RECORD_TYPE, enrollment.id()), "Enrollment",
                    currentUser.zone()));
        }
    }

    private Component ownerActions() {
        HorizontalLayout actions = new HorizontalLayout();
        Button edit = new Button(getTranslation("enrollment.action.edit"),
                click -> Pages.navigate(EnrollmentPages.edit(enrollment.id())));
        edit.setId("edit-enrollment");
        actions.add(edit);
        if (enrollment.status().canMoveTo(EnrollmentStatus.ACTIVE)) {
            actions.add(statusButton("enrollment.action.activate", "activate-enrollment",
                    () -> enrollments.activate(enrollment.id(), enrollment.version())));
        }
        if (enrollment.status().canMoveTo(EnrollmentStatus.GRADUATED)) {
            actions.add(statusButton("enrollment.action.graduate", "graduate-enrollment",
                    () -> enrollments.graduate(enrollment.id(), enrollment.version())));
        }
        if (enrollment.status().canMoveTo(EnrollmentStatus.WITHDRAWN)) {
            Button withdraw = new Button(getTranslation("enrollment.action.withdraw"), click -> confirmWithdrawal());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("withdraw-enrollment");
            actions.add(withdraw);
        }
        return actions;
    }

    private Button statusButton(String labelKey, String id, Runnable change) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                change.run();
                Notifications.success(getTranslation("enrollment.statusChanged", enrollment.personName()));
            } catch (InvalidInputException invalid) {
                Notifications.error(UserMessages.of(this, invalid.violations().getFirst()));
            } catch (RuntimeException refused) {
                Notifications.failure(this, refused);
            }
            reload();
        });
        button.setId(id);
        return button;
    }

    private void confirmWithdrawal() {
        Dialog dialog = new Dialog();
        dialog.setId("withdraw-dialog");
        dialog.setHeaderTitle(getTranslation("enrollment.withdraw.header", enrollment.personName()));
        TextArea reason = new TextArea(getTranslation("enrollment.field.withdrawalReason"));
        reason.setId("withdrawal-reason");
        TextLimit.apply(reason, EnrollmentRules.WITHDRAWAL_REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("enrollment.withdraw.text")), reason);
        FieldErrors errors = new FieldErrors(this).field("reason", reason);
        Button withdraw = new Button(getTranslation("enrollment.action.withdraw"), click -> {
            if (errors.attempt(() -> enrollments.withdraw(enrollment.id(), enrollment.version(), reason.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("enrollment.withdrawn", enrollment.personName()));
                reload();
            }
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        withdraw.setId("confirm-withdrawal");
        Button back = new Button(getTranslation("action.back"), click -> dialog.close());
        dialog.getFooter().add(back, withdraw);
        DialogKeys.apply(dialog, withdraw);
        dialog.open();
    }

    private void reload() {
        enrollment = enrollments.get(enrollment.id());
        render();
    }

    private static Component text(String value) {
        return new Div(new Span(value));
    }

    private String orDash(String value) {
        return value == null || value.isBlank() ? getTranslation("enrollment.none") : value;
    }

    @Override
    public String getPageTitle() {
        return enrollment == null ? getTranslation("enrollment.title")
                : getTranslation("enrollment.pageTitle", enrollment.personName(), enrollment.cohortName());
    }
}
