package dev.ryugaku.web.cohort;

import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.cohort.CohortStatus;

/** A cohort's status as a coloured pill. */
final class CohortStatusBadge extends Span {

    CohortStatusBadge(CohortStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassNames("status-badge", "status-" + status.name().toLowerCase());
    }
}
