package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.ryugaku.core.incident.IncidentProposalService;
import dev.ryugaku.core.incident.ProposedEntry;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkLogExportService;
import dev.ryugaku.core.worklog.WorkLogRules;
import dev.ryugaku.core.worklog.WorkLogService;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Breadcrumbs;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.WorkLogPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 作業ログ: one week of one rotation. The participant enters minutes per category per day in a grid
 * (saved in one go) or as detailed entries; mentors read it and mark the week reviewed; owners read
 * it. {@code /worklog} is the signed-in participant's own log, {@code /worklog/{enrollmentId}} anyone
 * else's they may see; {@code ?week=2026-11-16} picks the week.
 */
@Route("worklog")
@RouteAlias("worklog/:enrollmentId(\\d+)")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class WorkLogView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "enrollmentId";

    private final WorkLogService workLog;
    private final CurrentUser currentUser;
    private final WorkWeekService workWeeks;
    private final WorkLogExportService workLogExport;
    private final IncidentProposalService incidentProposals;
    private WeekView week;
    private WeekGrid grid;
    private long enrollmentId;
    private TextArea reviewComment;

    WorkLogView(WorkLogService workLog, WorkWeekService workWeeks, WorkLogExportService workLogExport,
                IncidentProposalService incidentProposals, CurrentUser currentUser) {
        this.workLog = workLog;
        this.incidentProposals = incidentProposals;
        this.workWeeks = workWeeks;
        this.workLogExport = workLogExport;
        this.currentUser = currentUser;
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = PageEntry.rotation(event, ID, workLog::myRotation);
        if (id.isEmpty()) {
            removeAll();
            Paragraph none = new Paragraph(getTranslation("worklog.noRotation"));
            none.setId("worklog-none");
            add(none);
            return;
        }
        LocalDate day = event.getLocation().getQueryParameters().getSingleParameter("week")
                .flatMap(WorkLogView::parseDate).orElse(currentUser.today());
        enrollmentId = id.get();
        PageEntry.orNotFound(event, () -> workWeeks.week(enrollmentId, day)).ifPresent(loaded -> {
            week = loaded;
            render();
        });
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        grid = null;
        reviewComment = null;
        add(Breadcrumbs.fromHome().rotation(week.enrollmentId(), week.personName(), week.cohortName())
                .here(getTranslation("breadcrumbs.worklog")));
        add(new H2(week.own() ? getTranslation("worklog.heading.own", week.cohortName())
                : getTranslation("worklog.heading", week.personName(), week.cohortName())));
        add(navigation());
        add(summary());
        add(reviewLine());
        List<ProposedEntry> proposed = incidentProposals.waiting(enrollmentId);
        if (!proposed.isEmpty()) {
            add(new IncidentProposalsCard(incidentProposals, proposed, week, this::reload));
        }
        add(grid());
        add(entries());
        add(new IncidentLadderView(workWeeks.ladder(enrollmentId)));
        add(new H3(getTranslation("worklog.chart.title")));
        add(new WorkLogChart(workWeeks.weeks(enrollmentId)));
        Anchor export = new Anchor(WorkLogCsv.download("worklog-" + enrollmentId + ".csv",
                () -> workLogExport.exportRotation(enrollmentId), this), getTranslation("worklog.export"));
        export.setId("export-worklog");
        add(export);
    }

    private Component navigation() {
        Button previous = new Button(VaadinIcon.ARROW_LEFT.create(), click -> go(week.weekStart().minusWeeks(1)));
        previous.setId("previous-week");
        previous.setAriaLabel(getTranslation("worklog.previousWeek"));
        Button next = new Button(VaadinIcon.ARROW_RIGHT.create(), click -> go(week.weekStart().plusWeeks(1)));
        next.setId("next-week");
        next.setAriaLabel(getTranslation("worklog.nextWeek"));
        Button thisWeek = new Button(getTranslation("worklog.thisWeek"), click -> go(currentUser.today()));
        Span label = new Span(Formats.period(week.weekStart(), week.weekStart().plusDays(6), getLocale()));
        label.setId("week-label");
        HorizontalLayout navigation = new HorizontalLayout(previous, label, next, thisWeek);
        navigation.setAlignItems(Alignment.CENTER);
        return navigation;
    }

    private void go(LocalDate day) {
        Pages.navigate(WorkLogPages.rotation(enrollmentId), QueryParameters.of("week", WorkLogRules.weekOf(day).toString()));
    }

    private Component summary() {
        var totals = week.totals();
        Span hours = new Span(getTranslation("worklog.totalHours", totals.totalMinutes() / 60.0));
        Span toil = new Span(getTranslation("worklog.toilPercent", totals.toilPercent()));
        toil.setId("week-toil");
        toil.addClassNames("status-badge", totals.isOverToilCap() ? "risk-high" : "status-active");
        HorizontalLayout summary = new HorizontalLayout(hours, toil);
        summary.setAlignItems(Alignment.CENTER);
        if (totals.isOverToilCap()) {
            Span warning = new Span(getTranslation("worklog.toilWarning"));
            warning.setId("toil-warning");
            warning.addClassName("form-error");
            summary.add(warning);
        }
        return summary;
    }

    private Component reviewLine() {
        Div line = new Div();
        line.setId("week-review");
        if (week.isReviewed()) {
            line.add(new Paragraph(getTranslation("worklog.reviewed", week.reviewedByName(),
                    Formats.date(week.reviewedAt().atZone(currentUser.zone()).toLocalDate(), getLocale()))));
            if (week.reviewComment() != null) {
                line.add(new Paragraph(week.reviewComment()));
            }
        } else if (week.mayReview()) {
            TextArea comment = new TextArea(getTranslation("worklog.reviewComment"));
            reviewComment = comment;
            comment.setId("review-comment");
            TextLimit.apply(comment, WorkLogRules.NOTE_MAX_LENGTH);
            comment.setWidthFull();
            FieldErrors errors = new FieldErrors(this).field("comment", comment);
            Button review = new Button(getTranslation("worklog.markReviewed"), click -> {
                if (errors.attempt(() -> workWeeks.reviewWeek(enrollmentId, week.weekStart(), comment.getValue()))) {
                    Notifications.success(getTranslation("worklog.reviewedDone"));
                    reload();
                }
            });
            review.setId("mark-reviewed");
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            line.add(comment, review);
        }
        return line;
    }

    private Component grid() {
        Paragraph formError = new Paragraph();
        formError.setId("week-form-error");
        FieldErrors errors = new FieldErrors(this).general(formError);
        grid = new WeekGrid(week, errors);
        VerticalLayout block = new VerticalLayout(new H3(getTranslation("worklog.gridTitle")), formError, grid);
        block.setPadding(false);
        if (week.editable()) {
            Button save = new Button(getTranslation("worklog.saveWeek"), click -> saveWeek(errors, formError));
            save.setId("save-week");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            block.add(new Paragraph(getTranslation("worklog.gridHint")), save);
        }
        return block;
    }

    private void saveWeek(FieldErrors errors, Paragraph formError) {
        boolean saved = !grid.markUnreadableCells()
                && errors.attempt(() -> workWeeks.saveWeek(enrollmentId, week.weekStart(), grid.cells()));
        if (saved) {
            Notifications.success(getTranslation("worklog.weekSaved"));
            reload();
        } else if (grid.invalidCells() > 0) {
            // a red cell alone does not say that nothing of the week was saved
            String notSaved = getTranslation("worklog.weekNotSaved", grid.invalidCells());
            formError.setText(formError.isVisible() ? notSaved + " " + formError.getText() : notSaved);
            formError.setVisible(true);
        }
    }

    private Component entries() {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.setId("week-entries");
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("worklog.entriesTitle")));
        heading.setAlignItems(Alignment.BASELINE);
        if (week.editable()) {
            Button add = new Button(getTranslation("worklog.addEntry"), VaadinIcon.PLUS.create(),
                    click -> new WorkLogEntryDialog(workLog, enrollmentId, week, null, currentUser.today(), this::reload).open());
            add.setId("add-entry");
            heading.add(add);
        }
        block.add(heading);
        if (week.entries().isEmpty()) {
            block.add(new Paragraph(getTranslation("worklog.noEntries")));
        }
        for (WorkLogEntryRow entry : week.entries()) {
            Div line = new Div();
            line.addClassName("entry-line");
            StringBuilder text = new StringBuilder(Formats.date(entry.date(), getLocale())).append(" · ")
                    .append(getTranslation(entry.category().messageKey())).append(" · ")
                    .append(getTranslation("worklog.minutes", entry.minutes()));
            if (entry.toil()) {
                text.append(" · ").append(getTranslation("worklog.toil"));
            }
            if (entry.incidentRole() != null) {
                text.append(" · ").append(getTranslation(entry.incidentRole().messageKey()));
            }
            if (entry.taskTitle() != null) {
                text.append(" · ").append(entry.taskTitle());
            }
            String description = text.toString();
            line.add(new Span(description));
            if (entry.note() != null) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("entry-note");
                line.add(note);
            }
            if (week.editable()) {
                Button edit = new Button(getTranslation("task.action.edit"),
                        click -> new WorkLogEntryDialog(workLog, enrollmentId, week, entry, currentUser.today(), this::reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                Button delete = new Button(getTranslation("worklog.delete"), click -> confirmDelete(entry, description));
                delete.setId("delete-entry-" + entry.id());
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                line.add(edit, delete);
            }
            block.add(line);
        }
        return block;
    }

    private void confirmDelete(WorkLogEntryRow entry, String description) {
        Confirmation.ask(this, getTranslation("worklog.delete.header"), getTranslation("worklog.delete.text", description),
                getTranslation("worklog.delete"), () -> {
                    if (new FieldErrors(this).attempt(() -> workLog.delete(entry.id(), entry.version()))) {
                        Notifications.success(getTranslation("worklog.deleted", description));
                        reload();
                    }
                });
    }

    /** Rebuilds the week from the database, keeping grid cells typed but not yet saved. */
    private void reload() {
        WeekGrid before = grid;
        week = workWeeks.week(enrollmentId, week.weekStart());
        render();
        if (before != null) {
            grid.keepTyped(before);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        boolean commentTyped = reviewComment != null && !reviewComment.isEmpty();
        if (week != null && (week.editable() && grid != null && grid.changed() || commentTyped)) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklog.title");
    }
}
