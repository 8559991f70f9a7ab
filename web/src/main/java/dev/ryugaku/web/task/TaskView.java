package dev.ryugaku.web.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskDetails;
import dev.ryugaku.core.task.TaskNote;
import dev.ryugaku.core.task.TaskProblem;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskRules;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Breadcrumbs;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UserMessages;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import dev.ryugaku.web.support.DialogKeys;

/**
 * One task: its facts, the moves the viewer may make, the pre-mortem, and the thread of comments
 * and status changes. Refusals of a move say why; the pre-mortem gate links to the pre-mortem.
 */
@Route("tasks/:taskId(\\d+)")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "taskId";

    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final Paragraph refusal = new Paragraph();
    private TaskDetails task;

    TaskView(TaskService tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        refusal.setId("task-refusal");
        refusal.addClassName("form-error");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, ID, tasks::get).ifPresent(loaded -> {
            task = loaded;
            render();
        });
    }

    private void render() {
        removeAll();
        add(Breadcrumbs.fromHome().link(getTranslation("breadcrumbs.tasks"), TaskPages.board()).here(task.title()));
        HorizontalLayout header = new HorizontalLayout(new H2(task.title()), TaskBadges.status(task.status()),
                TaskBadges.risk(task.risk()));
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.addToEnd(actions());
        add(header);
        refusal.setVisible(false);
        add(refusal);

        FormLayout facts = new FormLayout();
        facts.addFormItem(text(getTranslation(task.category().messageKey())), getTranslation("task.field.category"));
        facts.addFormItem(text(getTranslation(task.priority().messageKey())), getTranslation("task.field.priority"));
        facts.addFormItem(text(orDash(task.assigneeName(), "task.unassigned")), getTranslation("task.field.assignee"));
        facts.addFormItem(text(orDash(task.reviewerName(), "enrollment.none")), getTranslation("task.field.reviewer"));
        facts.addFormItem(text(orDash(task.cohortName(), "enrollment.none")), getTranslation("task.field.cohort"));
        facts.addFormItem(text(task.dueDate() == null ? getTranslation("enrollment.none")
                : Formats.date(task.dueDate(), getLocale())), getTranslation("task.field.dueDate"));
        if (task.externalLink() != null) {
            Anchor link = new Anchor(task.externalLink(), task.externalLink(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.addFormItem(link, getTranslation("task.field.externalLink"));
        }
        facts.addFormItem(text(task.createdByName()), getTranslation("task.field.createdBy"));
        if (task.costSavedPerMonth() != null || task.toilHoursSavedPerMonth() != null) {
            facts.addFormItem(text(getTranslation("task.impact", orZero(task.costSavedPerMonth()),
                    orZero(task.toilHoursSavedPerMonth()))), getTranslation("task.field.outcome"));
        }
        add(facts);
        if (task.description() != null) {
            Paragraph description = new Paragraph(task.description());
            description.addClassName("learning-goals");
            add(description);
        }
        if (task.outcome() != null) {
            add(new H3(getTranslation("task.field.outcome")));
            Paragraph outcome = new Paragraph(task.outcome());
            outcome.addClassName("learning-goals");
            add(outcome);
        }
        add(preMortemLine());
        add(thread());
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        for (TaskStatus to : TaskStatus.values()) {
            if (!task.moves().contains(to)) {
                continue;
            }
            boolean sendBack = task.status() == TaskStatus.IN_REVIEW && to == TaskStatus.IN_PROGRESS;
            Button move = new Button(getTranslation(sendBack ? "task.move.sendBack" : "task.move." + to.name()),
                    click -> move(to, sendBack));
            move.setId("move-" + (sendBack ? "send-back" : to.name().toLowerCase().replace('_', '-')));
            if (to == TaskStatus.DROPPED) {
                move.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else if (to != TaskStatus.BACKLOG) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(move);
        }
        if (task.mayTake()) {
            Button take = new Button(getTranslation("task.action.take"), click -> take());
            take.setId("take-task");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(take);
        }
        if (task.editable()) {
            Button edit = new Button(getTranslation("task.action.edit"),
                    click -> Pages.navigate(TaskPages.edit(task.id())));
            edit.setId("edit-task");
            actions.add(edit);
        }
        return actions;
    }

    private void move(TaskStatus to, boolean sendBack) {
        if (to == TaskStatus.DONE || sendBack) {
            askAndMove(to, sendBack);
            return;
        }
        try {
            tasks.move(task.id(), task.version(), to, null, null);
            Notifications.success(getTranslation("task.moved", task.title(), getTranslation(to.messageKey())));
            reload();
        } catch (InvalidInputException refused) {
            showRefusal(refused);
        } catch (RuntimeException failed) {
            Notifications.failure(this, failed);
        }
    }

    /** DONE asks for the outcome, sending back asks why; the dialog keeps what was typed when refused. */
    private void askAndMove(TaskStatus to, boolean sendBack) {
        Dialog dialog = new Dialog();
        dialog.setId("move-dialog");
        dialog.setHeaderTitle(getTranslation(sendBack ? "task.sendBack.header" : "task.done.header", task.title()));
        TextArea text = new TextArea(getTranslation(sendBack ? "task.action.comment" : "task.field.outcome"));
        text.setId("move-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        TextLimit.apply(text, sendBack ? TaskRules.COMMENT_MAX_LENGTH : TaskRules.TEXT_MAX_LENGTH);
        if (!sendBack && task.outcome() != null) {
            text.setValue(task.outcome());
        }
        dialog.add(new Paragraph(getTranslation(sendBack ? "task.sendBack.text" : "task.done.text")), text);
        FieldErrors errors = new FieldErrors(this).field(sendBack ? "comment" : "outcome", text);
        Button confirm = new Button(getTranslation(sendBack ? "task.move.sendBack" : "task.move.DONE"), click -> {
            boolean moved = errors.attempt(() -> tasks.move(task.id(), task.version(), to,
                    sendBack ? null : text.getValue(), sendBack ? text.getValue() : null));
            if (moved) {
                dialog.close();
                Notifications.success(getTranslation("task.moved", task.title(), getTranslation(to.messageKey())));
                reload();
            }
        });
        confirm.setId("confirm-move");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.back"), click -> dialog.close()), confirm);
        DialogKeys.apply(dialog, confirm);
        dialog.open();
    }

    private void showRefusal(InvalidInputException refused) {
        refusal.removeAll();
        refusal.setText(UserMessages.of(this, refused.violations().getFirst()));
        if (refused.violations().getFirst().reason() == TaskProblem.PREMORTEM_REQUIRED) {
            RouterLink write = Pages.link(getTranslation("task.gate.linkToPreMortem"), TaskPages.preMortem(task.id()));
            write.setId("gate-premortem-link");
            refusal.add(new Span(" "), write);
        }
        refusal.setVisible(true);
    }

    private void take() {
        try {
            tasks.take(task.id(), task.version());
            Notifications.success(getTranslation("task.taken", task.title()));
            reload();
        } catch (InvalidInputException refused) {
            showRefusal(refused);
        } catch (RuntimeException failed) {
            Notifications.failure(this, failed);
        }
    }

    private Component preMortemLine() {
        Div line = new Div();
        line.addClassName("premortem-line");
        line.setId("premortem-line");
        boolean relevant = task.risk() != TaskRisk.LOW || task.preMortemStatus() != null;
        if (!relevant) {
            return line;
        }
        String state = task.preMortemStatus() == null ? getTranslation("premortem.none")
                : getTranslation(task.preMortemStatus().messageKey());
        line.add(new Span(getTranslation("task.action.preMortem") + ": " + state + " "));
        if (task.editable() || task.preMortemStatus() != null) {
            RouterLink open = Pages.link(getTranslation("task.action.preMortem"), TaskPages.preMortem(task.id()));
            open.setId("open-premortem");
            line.add(open);
        }
        return line;
    }

    private Component thread() {
        VerticalLayout thread = new VerticalLayout();
        thread.setPadding(false);
        thread.setId("task-thread");
        thread.add(new H3(getTranslation("task.thread.title")));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(currentUser.zone());
        for (TaskNote note : tasks.thread(task.id())) {
            Div line = new Div();
            line.addClassName("thread-line");
            Span head = new Span(time.format(note.at()) + " · " + note.authorName());
            head.addClassName("thread-head");
            String body;
            if (!note.isStatusChange()) {
                body = note.text();
            } else if (note.from() == null) {
                body = getTranslation("task.thread.created", getTranslation(note.to().messageKey()));
            } else {
                body = getTranslation("task.thread.statusChange", getTranslation(note.from().messageKey()),
                        getTranslation(note.to().messageKey()));
            }
            Paragraph text = new Paragraph(body);
            text.addClassName(note.isStatusChange() ? "thread-status" : "thread-comment");
            line.add(head, text);
            thread.add(line);
        }
        if (task.mayComment()) {
            TextArea comment = new TextArea();
            comment.setId("comment-text");
            comment.setPlaceholder(getTranslation("task.comment.placeholder"));
            TextLimit.apply(comment, TaskRules.COMMENT_MAX_LENGTH);
            comment.setWidthFull();
            FieldErrors errors = new FieldErrors(this).field("comment", comment);
            Button send = new Button(getTranslation("task.action.comment"), click -> {
                if (errors.attempt(() -> tasks.comment(task.id(), comment.getValue()))) {
                    Notifications.success(getTranslation("task.commented"));
                    reload();
                }
            });
            send.setId("send-comment");
            thread.add(comment, send);
        }
        return thread;
    }

    private void reload() {
        task = tasks.get(task.id());
        render();
    }

    private String orDash(String value, String emptyKey) {
        return value == null ? getTranslation(emptyKey) : value;
    }

    private static String orZero(java.math.BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static Component text(String value) {
        return new Div(new Span(value));
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("task.board.title") : task.title();
    }
}
