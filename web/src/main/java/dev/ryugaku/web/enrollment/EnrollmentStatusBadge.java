package dev.ryugaku.web.enrollment;

import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.enrollment.EnrollmentStatus;

/** An enrollment's status as a coloured pill. */
public final class EnrollmentStatusBadge extends Span {

    public EnrollmentStatusBadge(EnrollmentStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassNames("status-badge", switch (status) {
            case PLANNED -> "status-planned";
            case ACTIVE -> "status-active";
            case GRADUATED -> "status-completed";
            case WITHDRAWN -> "status-cancelled";
        });
    }
}
