package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.worklog.IncidentLadder;
import dev.ryugaku.web.i18n.Formats;

/** The incident ladder: observer → shadow → responder → commander, with counts and first dates. */
public class IncidentLadderView extends Div {

    public IncidentLadderView(IncidentLadder ladder) {
        addClassNames("home-card", "incident-ladder");
        setId("incident-ladder");
        add(new H3(getTranslation("worklog.ladder.title")));
        Div rungs = new Div();
        rungs.addClassName("ladder-rungs");
        for (IncidentLadder.Rung rung : ladder.rungs()) {
            Div step = new Div();
            step.addClassNames("ladder-rung", rung.isReached() ? "reached" : "not-reached");
            step.add(new Span(getTranslation(rung.role().messageKey())));
            step.add(new Span(rung.isReached()
                    ? getTranslation("worklog.ladder.reached", rung.incidents(), Formats.date(rung.firstReached(), getLocale()))
                    : getTranslation("worklog.ladder.notYet")));
            rungs.add(step);
        }
        add(rungs);
    }
}
