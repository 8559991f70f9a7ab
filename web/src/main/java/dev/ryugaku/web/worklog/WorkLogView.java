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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.worklog.GridCell;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkLogRules;
import dev.ryugaku.core.worklog.WorkLogService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.WorkLogPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, IntegerField> cells = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private WeekView week;
    private long enrollmentId;
    private TextArea reviewComment;

    WorkLogView(WorkLogService workLog, CurrentUser currentUser) {
        this.workLog = workLog;
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
        PageEntry.orNotFound(event, () -> workLog.week(enrollmentId, day)).ifPresent(loaded -> {
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
        cells.clear();
        seen.clear();
        reviewComment = null;
        add(new H2(getTranslation("worklog.heading", week.personName(), week.cohortName())));
        add(navigation());
        add(summary());
        add(reviewLine());
        add(grid());
        add(entries());
        add(new IncidentLadderView(workLog.ladder(enrollmentId)));
        add(new H3(getTranslation("worklog.chart.title")));
        add(new WorkLogChart(workLog.weeks(enrollmentId)));
        Anchor export = new Anchor(WorkLogCsv.download("worklog-" + enrollmentId + ".csv",
                () -> workLog.exportRotation(enrollmentId), this), getTranslation("worklog.export"));
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
            comment.setMaxLength(WorkLogRules.NOTE_MAX_LENGTH);
            comment.setWidthFull();
            FieldErrors errors = new FieldErrors(this).field("comment", comment);
            Button review = new Button(getTranslation("worklog.markReviewed"), click -> {
                if (errors.attempt(() -> workLog.reviewWeek(enrollmentId, week.weekStart(), comment.getValue()))) {
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
        Div table = new Div();
        table.addClassName("week-grid");
        table.setId("week-grid");
        table.add(header(""));
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.weekStart().plusDays(i);
            days.add(day);
            table.add(header(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + day.getDayOfMonth()));
        }
        table.add(header(getTranslation("worklog.weekTotal")));
        Paragraph formError = new Paragraph();
        FieldErrors errors = new FieldErrors(this).general(formError);
        for (WorkCategory category : WorkCategory.values()) {
            table.add(header(getTranslation(category.messageKey())));
            for (LocalDate day : days) {
                int minutes = week.entries().stream().filter(e -> e.date().equals(day) && e.category() == category)
                        .mapToInt(WorkLogEntryRow::minutes).sum();
                IntegerField cell = new IntegerField();
                cell.setId("cell-" + day.getDayOfWeek().name().toLowerCase() + "-" + category.name().toLowerCase());
                cell.addClassName("week-cell");
                cell.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
                cell.setValue(minutes == 0 ? null : minutes);
                // incidents need a role for the ladder, so they are logged with the entry form
                cell.setReadOnly(!week.editable() || day.isAfter(currentUser.today()) || category == WorkCategory.INCIDENT);
                cell.setAriaLabel(getTranslation(category.messageKey()) + " " + Formats.date(day, getLocale()));
                String field = new GridCell(day, category, minutes, null).field();
                cells.put(field, cell);
                seen.put(field, minutes);
                errors.field(field, cell);
                table.add(cell);
            }
            Span categoryTotal = header(getTranslation("worklog.hours", week.totals().minutesByCategory().getOrDefault(category, 0) / 60.0));
            categoryTotal.setId("total-" + category.name().toLowerCase());
            table.add(categoryTotal);
        }
        table.add(header(getTranslation("worklog.dayTotal")));
        for (LocalDate day : days) {
            int total = week.entries().stream().filter(e -> e.date().equals(day)).mapToInt(WorkLogEntryRow::minutes).sum();
            table.add(header(getTranslation("worklog.hours", total / 60.0)));
        }
        table.add(header(getTranslation("worklog.hours", week.totals().totalMinutes() / 60.0)));
        VerticalLayout block = new VerticalLayout(new H3(getTranslation("worklog.gridTitle")), formError, table);
        block.setPadding(false);
        if (week.editable()) {
            Button save = new Button(getTranslation("worklog.saveWeek"), click -> saveWeek(errors));
            save.setId("save-week");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            block.add(new Paragraph(getTranslation("worklog.gridHint")), save);
        }
        return block;
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("week-grid-header");
        return header;
    }

    private void saveWeek(FieldErrors errors) {
        if (hasUnreadableCell()) {
            return;
        }
        List<GridCell> changed = new ArrayList<>();
        cells.forEach((field, cell) -> {
            String[] parts = field.split(":");
            changed.add(new GridCell(LocalDate.parse(parts[1]), WorkCategory.valueOf(parts[2]), seen.get(field), cell.getValue()));
        });
        if (errors.attempt(() -> workLog.saveWeek(enrollmentId, week.weekStart(), changed))) {
            Notifications.success(getTranslation("worklog.weekSaved"));
            reload();
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
            line.add(new Span(text.toString()));
            if (entry.note() != null) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("entry-note");
                line.add(note);
            }
            if (week.editable()) {
                Button edit = new Button(getTranslation("task.action.edit"),
                        click -> new WorkLogEntryDialog(workLog, enrollmentId, week, entry, currentUser.today(), this::reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                Button delete = new Button(getTranslation("worklog.delete"), click -> {
                    if (new FieldErrors(this).attempt(() -> workLog.delete(entry.id(), entry.version()))) {
                        reload();
                    }
                });
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                line.add(edit, delete);
            }
            block.add(line);
        }
        return block;
    }

    /** Rebuilds the week from the database, keeping grid cells typed but not yet saved. */
    private void reload() {
        Map<String, Integer> typed = new HashMap<>();
        cells.forEach((field, cell) -> {
            Integer value = cell.getValue();
            if ((value == null ? 0 : value) != seen.get(field)) {
                typed.put(field, value);
            }
        });
        Map<String, Integer> seenBefore = new HashMap<>(seen);
        week = workLog.week(enrollmentId, week.weekStart());
        render();
        typed.forEach((field, value) -> {
            IntegerField cell = cells.get(field);
            if (cell != null && !cell.isReadOnly() && seenBefore.get(field).equals(seen.get(field))) {
                cell.setValue(value);
            }
        });
    }

    /** A cell holding text that is not a whole number must not count as empty (that would delete its minutes). */
    private boolean hasUnreadableCell() {
        boolean unreadable = false;
        for (IntegerField cell : cells.values()) {
            ValidationResult result = cell.getDefaultValidator().apply(cell.getValue(), new ValueContext(cell, cell));
            if (result.isError()) {
                cell.setErrorMessage(getTranslation("worklog.cell.notANumber"));
                cell.setInvalid(true);
                unreadable = true;
            }
        }
        return unreadable;
    }

    private boolean gridChanged() {
        return cells.entrySet().stream().anyMatch(cell -> {
            Integer value = cell.getValue().getValue();
            return (value == null ? 0 : value) != seen.get(cell.getKey());
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        boolean commentTyped = reviewComment != null && !reviewComment.isEmpty();
        if (week != null && (week.editable() && gridChanged() || commentTyped)) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklog.title");
    }
}
