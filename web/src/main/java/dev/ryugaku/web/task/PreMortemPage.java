package dev.ryugaku.web.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.PreMortemDraft;
import dev.ryugaku.core.task.PreMortemService;
import dev.ryugaku.core.task.PreMortemView;
import dev.ryugaku.core.task.TaskRules;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * プレモーテム of a task: the assignee writes and submits it; the reviewer or an owner approves it
 * or sends it back with a comment. Read-only for everyone else who may see the task.
 */
@Route("tasks/:taskId(\\d+)/premortem")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class PreMortemPage extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final PreMortemService preMortems;
    private final CurrentUser currentUser;
    private final TextArea failureScenario = part("failureScenario");
    private final TextArea rootCauses = part("rootCauses");
    private final TextArea prevention = part("prevention");
    private final TextArea rollbackProcedure = part("rollbackProcedure");
    private final FieldErrors errors = new FieldErrors(this).field("failureScenario", failureScenario)
            .field("rootCauses", rootCauses).field("prevention", prevention).field("rollbackProcedure", rollbackProcedure);
    private PreMortemView preMortem;
    private boolean saved;

    PreMortemPage(PreMortemService preMortems, CurrentUser currentUser) {
        this.preMortems = preMortems;
        this.currentUser = currentUser;
        setMaxWidth("60em");
    }

    private TextArea part(String name) {
        TextArea area = new TextArea(getTranslation("premortem.field." + name));
        area.setId("premortem-" + name);
        area.setWidthFull();
        area.setMinHeight("6em");
        TextLimit.apply(area, TaskRules.PREMORTEM_PART_MAX_LENGTH);
        area.setRequiredIndicatorVisible(true);
        return area;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, TaskView.ID, preMortems::get).ifPresent(loaded -> {
            preMortem = loaded;
            render();
        });
    }

    private void render() {
        removeAll();
        saved = false;
        add(new H2(getTranslation("premortem.title", preMortem.taskTitle())));
        add(new Paragraph(getTranslation("premortem.intro")));
        if (preMortem.status() != null) {
            Paragraph status = new Paragraph(getTranslation(preMortem.status().messageKey()));
            status.setId("premortem-status");
            add(status);
        }
        if (preMortem.reviewComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("premortem.reviewComment", preMortem.reviewComment()));
            comment.addClassName("form-error");
            add(comment);
        }
        if (preMortem.reviewedByName() != null && preMortem.reviewedAt() != null) {
            add(new Paragraph(getTranslation("premortem.reviewedBy", preMortem.reviewedByName(),
                    Formats.date(preMortem.reviewedAt().atZone(currentUser.zone()).toLocalDate(), getLocale()))));
        }
        PreMortemDraft draft = preMortem.draft();
        for (var field : List.of(failureScenario, rootCauses, prevention, rollbackProcedure)) {
            field.setReadOnly(!preMortem.mayWrite());
            field.setInvalid(false);
        }
        failureScenario.setValue(draft.failureScenario() == null ? "" : draft.failureScenario());
        rootCauses.setValue(draft.rootCauses() == null ? "" : draft.rootCauses());
        prevention.setValue(draft.prevention() == null ? "" : draft.prevention());
        rollbackProcedure.setValue(draft.rollbackProcedure() == null ? "" : draft.rollbackProcedure());
        add(failureScenario, rootCauses, prevention, rollbackProcedure);

        HorizontalLayout actions = new HorizontalLayout();
        if (preMortem.mayWrite()) {
            Button save = new Button(getTranslation("premortem.action.save"), click -> write(false));
            save.setId("save-premortem");
            Button submit = new Button(getTranslation("premortem.action.submit"), click -> write(true));
            submit.setId("submit-premortem");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save, submit);
        }
        if (preMortem.mayReview()) {
            TextArea comment = new TextArea(getTranslation("task.action.comment"));
            comment.setId("premortem-review-comment");
            comment.setWidthFull();
            TextLimit.apply(comment, TaskRules.COMMENT_MAX_LENGTH);
            FieldErrors reviewErrors = new FieldErrors(this).field("comment", comment);
            Button approve = new Button(getTranslation("premortem.action.approve"), click -> {
                if (reviewErrors.attempt(() -> preMortems.approve(preMortem.taskId(), preMortem.version()))) {
                    Notifications.success(getTranslation("premortem.approved"));
                    reload();
                }
            });
            approve.setId("approve-premortem");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button sendBack = new Button(getTranslation("premortem.action.sendBack"), click -> {
                if (reviewErrors.attempt(() -> preMortems.sendBack(preMortem.taskId(), preMortem.version(), comment.getValue()))) {
                    Notifications.success(getTranslation("premortem.sentBack"));
                    reload();
                }
            });
            sendBack.setId("send-back-premortem");
            add(comment);
            actions.add(approve, sendBack);
        }
        actions.add(Pages.link(getTranslation("premortem.toTask"), TaskPages.task(preMortem.taskId())));
        actions.setAlignItems(Alignment.BASELINE);
        add(actions);
    }

    private void write(boolean submit) {
        PreMortemDraft draft = new PreMortemDraft(failureScenario.getValue(), rootCauses.getValue(),
                prevention.getValue(), rollbackProcedure.getValue());
        if (errors.attempt(() -> preMortems.write(preMortem.taskId(), preMortem.version(), draft, submit))) {
            saved = true;
            Notifications.success(getTranslation(submit ? "premortem.submitted" : "premortem.saved"));
            reload();
        }
    }

    private void reload() {
        preMortem = preMortems.get(preMortem.taskId());
        render();
    }

    private boolean hasUnsavedText() {
        if (preMortem == null || !preMortem.mayWrite()) {
            return false;
        }
        PreMortemDraft stored = preMortem.draft();
        return !failureScenario.getValue().equals(nullToEmpty(stored.failureScenario()))
                || !rootCauses.getValue().equals(nullToEmpty(stored.rootCauses()))
                || !prevention.getValue().equals(nullToEmpty(stored.prevention()))
                || !rollbackProcedure.getValue().equals(nullToEmpty(stored.rollbackProcedure()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!saved && hasUnsavedText()) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    @Override
    public String getPageTitle() {
        return preMortem == null ? getTranslation("task.action.preMortem")
                : getTranslation("premortem.title", preMortem.taskTitle());
    }
}
