package dev.ryugaku.web.task;

import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskStatus;

/** Coloured pills for a task's status and risk. */
final class TaskBadges {

    private TaskBadges() {
    }

    static Span status(TaskStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(status.messageKey()));
        badge.addClassNames("status-badge", "task-status-" + status.name().toLowerCase());
        return badge;
    }

    static Span risk(TaskRisk risk) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(risk.messageKey()));
        badge.addClassNames("status-badge", "risk-" + risk.name().toLowerCase());
        return badge;
    }
}
