package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogDraft;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkLogRules;
import dev.ryugaku.core.worklog.WorkLogService;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.ryugaku.web.support.DialogKeys;
import java.util.function.Consumer;

/** The detailed entry form: date, minutes, category, toil, task, incident role and note. */
class WorkLogEntryDialog extends Dialog {

    WorkLogEntryDialog(WorkLogService workLog, long enrollmentId, WeekView week, WorkLogEntryRow entry, LocalDate today,
                       Runnable saved) {
        this(entry == null ? "worklog.addEntry" : "worklog.editEntry", week, entry, null, today, draft -> {
            if (entry == null) {
                workLog.add(enrollmentId, draft);
            } else {
                workLog.update(entry.id(), entry.version(), draft);
            }
        }, saved);
    }

    /**
     * The form filled in from {@code prefill} (a proposed entry), saved by {@code save}: accepting a
     * proposal adds the entry through the same rules.
     */
    WorkLogEntryDialog(String headingKey, WeekView week, WorkLogDraft prefill, Consumer<WorkLogDraft> save, Runnable saved) {
        this(headingKey, week, null, prefill, null, save, saved);
    }

    private WorkLogEntryDialog(String headingKey, WeekView week, WorkLogEntryRow entry, WorkLogDraft prefill,
                               LocalDate today, Consumer<WorkLogDraft> store, Runnable saved) {
        setId("entry-dialog");
        // Esc or a stray click outside asks before dropping what was typed (DialogKeys)
        setHeaderTitle(getTranslation(headingKey));

        DatePicker date = DatePickers.create(getTranslation("worklog.field.date"), getLocale());
        date.setId("entry-date");
        IntegerField minutes = new IntegerField(getTranslation("worklog.field.minutes"));
        minutes.setId("entry-minutes");
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        Select<WorkCategory> category = new Select<>();
        category.setId("entry-category");
        category.setLabel(getTranslation("worklog.field.category"));
        category.setItems(WorkCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        Checkbox toil = new Checkbox(getTranslation("worklog.field.toil"));
        toil.setId("entry-toil");
        Select<IncidentRole> role = new Select<>();
        role.setId("entry-role");
        role.setLabel(getTranslation("worklog.field.incidentRole"));
        role.setItems(IncidentRole.values());
        role.setEmptySelectionAllowed(true);
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        ComboBox<WeekView.TaskOption> task = new ComboBox<>(getTranslation("worklog.field.task"));
        task.setId("entry-task");
        List<WeekView.TaskOption> taskOptions = new ArrayList<>(week.tasks());
        if (entry != null && entry.taskId() != null && taskOptions.stream().noneMatch(t -> t.id() == entry.taskId())) {
            // a task dropped since keeps its link: editing the entry must not lose it
            taskOptions.add(new WeekView.TaskOption(entry.taskId(), entry.taskTitle()));
        }
        task.setItems(taskOptions);
        task.setItemLabelGenerator(WeekView.TaskOption::title);
        task.setClearButtonVisible(true);
        TextArea note = new TextArea(getTranslation("worklog.field.note"));
        note.setId("entry-note");
        TextLimit.apply(note, WorkLogRules.NOTE_MAX_LENGTH);

        category.addValueChangeListener(change -> {
            WorkCategory value = change.getValue();
            role.setVisible(value != null && value.hasIncidentRole());
            if (change.isFromClient() && value != null) {
                toil.setValue(value.isToilByDefault());
            }
        });
        if (prefill != null) {
            date.setValue(prefill.getDate());
            minutes.setValue(prefill.getMinutes());
            category.setValue(prefill.getCategory());
            toil.setValue(prefill.isToil());
            role.setValue(prefill.getIncidentRole());
            note.setValue(prefill.getNote() == null ? "" : prefill.getNote());
        } else if (entry == null) {
            // today when the week shown is the current one, else its Monday
            boolean currentWeek = !today.isBefore(week.weekStart()) && !today.isAfter(week.weekStart().plusDays(6));
            date.setValue(currentWeek ? today : week.weekStart());
            category.setValue(WorkCategory.IMPROVEMENT);
            toil.setValue(WorkCategory.IMPROVEMENT.isToilByDefault());
        } else {
            date.setValue(entry.date());
            minutes.setValue(entry.minutes());
            category.setValue(entry.category());
            toil.setValue(entry.toil());
            role.setValue(entry.incidentRole());
            task.setValue(taskOptions.stream().filter(t -> Objects.equals(t.id(), entry.taskId())).findFirst().orElse(null));
            note.setValue(entry.note() == null ? "" : entry.note());
        }
        role.setVisible(category.getValue() != null && category.getValue().hasIncidentRole());

        Paragraph formError = new Paragraph();
        FieldErrors errors = new FieldErrors(this).general(formError).field("date", date).field("minutes", minutes)
                .field("category", category).field("incidentRole", role).field("taskId", task).field("note", note);
        Button save = new Button(getTranslation("action.save"), click -> {
            WorkLogDraft draft = new WorkLogDraft();
            draft.setDate(date.getValue());
            draft.setMinutes(minutes.getValue());
            draft.setCategory(category.getValue());
            draft.setToil(toil.getValue());
            draft.setIncidentRole(role.isVisible() ? role.getValue() : null);
            draft.setTaskId(task.getValue() == null ? null : task.getValue().id());
            draft.setNote(note.getValue());
            boolean done = errors.attempt(() -> store.accept(draft));
            if (done) {
                close();
                Notifications.success(getTranslation("worklog.entrySaved"));
                saved.run();
            }
        });
        save.setId("save-entry");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(date, minutes, category, toil, role, task, note);
        form.setColspan(note, 2);
        add(formError, form);
        getFooter().add(new Button(getTranslation("action.back"), click -> close()), save);
        DialogKeys.apply(this, save);
    }
}
