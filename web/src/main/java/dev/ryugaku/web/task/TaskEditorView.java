package dev.ryugaku.web.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.AssigneeOption;
import dev.ryugaku.core.task.ReviewerOption;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDetails;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskPriority;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskRules;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.Editor;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * Creates ({@code /tasks/new}) or edits ({@code /tasks/{id}/edit}) a task. Owners and mentors
 * assign it; a participant proposes one for themselves and, as assignee, reports on it without
 * changing who reviews it or how risky it is.
 */
@Route("tasks/new")
@RouteAlias("tasks/:taskId(\\d+)/edit")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class TaskEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final TaskService tasks;
    private final boolean supervises;
    private final Binder<TaskDraft> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final Editor<TaskDraft> editor = new Editor<>(this, binder, TaskDraft::new, errors);
    private final Paragraph riskHint = new Paragraph();

    private final TextField taskTitle = new TextField(getTranslation("task.field.title"));
    private final TextArea description = new TextArea(getTranslation("task.field.description"));
    private final Select<TaskCategory> category = new Select<>();
    private final Select<TaskPriority> priority = new Select<>();
    private final RadioButtonGroup<TaskRisk> risk = new RadioButtonGroup<>(getTranslation("task.field.risk"));
    private final ComboBox<AssigneeOption> assignee = new ComboBox<>(getTranslation("task.field.assignee"));
    private final ComboBox<ReviewerOption> reviewer = new ComboBox<>(getTranslation("task.field.reviewer"));
    private final DatePicker dueDate = DatePickers.create(getTranslation("task.field.dueDate"), getLocale());
    private final TextField externalLink = new TextField(getTranslation("task.field.externalLink"));
    private final Checkbox goodFirstTask = new Checkbox(getTranslation("task.field.goodFirstTask"));
    private final TextArea outcome = new TextArea(getTranslation("task.field.outcome"));
    private final BigDecimalField costSaved = new BigDecimalField(getTranslation("task.field.costSavedPerMonth"));
    private final BigDecimalField toilSaved = new BigDecimalField(getTranslation("task.field.toilHoursSavedPerMonth"));

    private final List<AssigneeOption> assignees;
    private final List<ReviewerOption> reviewers;
    private TaskDetails editing;

    TaskEditorView(TaskService tasks, AuthenticationContext authentication) {
        this.tasks = tasks;
        this.supervises = authentication.hasAnyRole(Role.OWNER_NAME, Role.MENTOR_NAME);
        this.assignees = tasks.assigneeOptions();
        this.reviewers = tasks.reviewerOptions();

        taskTitle.setId("task-title");
        TextLimit.apply(taskTitle, TaskRules.TITLE_MAX_LENGTH);
        taskTitle.setRequiredIndicatorVisible(true);
        description.setId("task-description");
        TextLimit.apply(description, TaskRules.TEXT_MAX_LENGTH);
        category.setId("task-category");
        category.setLabel(getTranslation("task.field.category"));
        category.setItems(TaskCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        category.setRequiredIndicatorVisible(true);
        priority.setId("task-priority");
        priority.setLabel(getTranslation("task.field.priority"));
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.messageKey()));
        risk.setId("task-risk");
        risk.setItems(TaskRisk.values());
        risk.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        risk.addValueChangeListener(change -> showRiskHint(change.getValue()));
        riskHint.addClassName("hint");
        assignee.setId("task-assignee");
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(a -> a.personName() + " / " + a.cohortName());
        assignee.setClearButtonVisible(true);
        reviewer.setId("task-reviewer");
        reviewer.setItems(reviewers);
        reviewer.setItemLabelGenerator(ReviewerOption::displayName);
        reviewer.setClearButtonVisible(true);
        reviewer.setHelperText(getTranslation("task.field.reviewer.helper"));
        dueDate.setId("task-due");
        externalLink.setId("task-link");
        TextLimit.apply(externalLink, TaskRules.LINK_MAX_LENGTH);
        externalLink.setPlaceholder(getTranslation("task.field.externalLink.placeholder"));
        goodFirstTask.setId("task-good-first");
        outcome.setId("task-outcome");
        TextLimit.apply(outcome, TaskRules.TEXT_MAX_LENGTH);
        costSaved.setId("task-cost");
        toilSaved.setId("task-toil");

        binder.forField(taskTitle).bind(TaskDraft::getTitle, TaskDraft::setTitle);
        binder.forField(description).bind(TaskDraft::getDescription, TaskDraft::setDescription);
        binder.forField(category).bind(TaskDraft::getCategory, TaskDraft::setCategory);
        binder.forField(priority).bind(TaskDraft::getPriority, TaskDraft::setPriority);
        binder.forField(risk).bind(TaskDraft::getRisk, TaskDraft::setRisk);
        binder.forField(assignee).bind(d -> assignees.stream()
                        .filter(a -> Objects.equals(a.enrollmentId(), d.getAssigneeEnrollmentId())).findFirst().orElse(null),
                (d, a) -> d.setAssigneeEnrollmentId(a == null ? null : a.enrollmentId()));
        binder.forField(reviewer).bind(d -> reviewers.stream().filter(r -> Objects.equals(r.id(), d.getReviewerId()))
                .findFirst().orElse(null), (d, r) -> d.setReviewerId(r == null ? null : r.id()));
        binder.forField(dueDate).bind(TaskDraft::getDueDate, TaskDraft::setDueDate);
        binder.forField(externalLink).bind(TaskDraft::getExternalLink, TaskDraft::setExternalLink);
        binder.forField(goodFirstTask).bind(TaskDraft::isGoodFirstTask, TaskDraft::setGoodFirstTask);
        binder.forField(outcome).bind(TaskDraft::getOutcome, TaskDraft::setOutcome);
        binder.forField(costSaved).bind(TaskDraft::getCostSavedPerMonth, TaskDraft::setCostSavedPerMonth);
        binder.forField(toilSaved).bind(TaskDraft::getToilHoursSavedPerMonth, TaskDraft::setToilHoursSavedPerMonth);
        Paragraph formError = new Paragraph();
        errors.general(formError).field("title", taskTitle).field("description", description).field("category", category)
                .field("priority", priority).field("risk", risk).field("assigneeEnrollmentId", assignee)
                .field("reviewerId", reviewer).field("externalLink", externalLink).field("outcome", outcome)
                .field("costSavedPerMonth", costSaved).field("toilHoursSavedPerMonth", toilSaved);

        FormLayout form = new FormLayout(taskTitle, category, priority, risk, riskHint, assignee, reviewer, dueDate,
                externalLink, goodFirstTask, description, outcome, costSaved, toilSaved);
        form.setColspan(taskTitle, 2);
        form.setColspan(riskHint, 2);
        form.setColspan(description, 2);
        form.setColspan(outcome, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-task");
        Button back = new Button(getTranslation("action.back"), click -> leave());
        add(editor.title(), formError, form, new HorizontalLayout(save, back));
        setMaxWidth("60em");
    }

    private void showRiskHint(TaskRisk value) {
        String key = value == TaskRisk.HIGH ? "task.risk.highHint" : value == TaskRisk.MEDIUM ? "task.risk.mediumHint" : null;
        riskHint.setText(key == null ? "" : getTranslation(key));
        riskHint.setVisible(key != null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editor.open(event, TaskView.ID, tasks::get, opened -> {
            editing = opened;
            if (!editing.editable()) {
                event.forwardTo(TaskPages.task(editing.id()));
                return;
            }
            editor.show(getTranslation("task.editor.editTitle", editing.title()), draftOf(editing));
            // whoever assigns work decides who reviews it and how risky it is; the assignee reports on it
            lockSupervisorFields(!supervises);
        }, () -> {
            editing = null;
            editor.show(getTranslation(supervises ? "task.editor.createTitle" : "task.editor.proposeTitle"), new TaskDraft());
            lockSupervisorFields(!supervises);
            showRiskHint(TaskRisk.LOW);
        });
    }

    private void lockSupervisorFields(boolean locked) {
        assignee.setReadOnly(locked);
        reviewer.setReadOnly(locked);
        goodFirstTask.setReadOnly(locked);
        risk.setReadOnly(locked && editing != null);
    }

    private TaskDraft draftOf(TaskDetails task) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle(task.title());
        draft.setDescription(task.description());
        draft.setCategory(task.category());
        draft.setPriority(task.priority());
        draft.setRisk(task.risk());
        draft.setAssigneeEnrollmentId(task.assigneeEnrollmentId());
        draft.setReviewerId(task.reviewerId());
        draft.setDueDate(task.dueDate());
        draft.setExternalLink(task.externalLink());
        draft.setGoodFirstTask(task.goodFirstTask());
        draft.setOutcome(task.outcome());
        draft.setCostSavedPerMonth(task.costSavedPerMonth());
        draft.setToilHoursSavedPerMonth(task.toilHoursSavedPerMonth());
        return draft;
    }

    private void save() {
        editor.save(input -> {
            if (editing == null) {
                return tasks.create(input);
            }
            tasks.update(editing.id(), editing.version(), input);
            return editing.id();
        }, (input, id) -> {
            Notifications.success(getTranslation("task.saved", input.getTitle().strip()));
            Pages.navigate(TaskPages.task(id));
        });
    }

    private void leave() {
        Pages.navigate(editing == null ? TaskPages.board() : TaskPages.task(editing.id()));
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
