package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.core.retrospective.WritingDue;
import dev.ryugaku.web.i18n.Formats;
import java.util.List;
import java.util.Locale;

/**
 * A home card listing what is waiting to be written at the end of a rotation: the participant's
 * retrospective, the graduate's follow-up, the mentor's final evaluations. Nothing waiting, no card.
 */
public final class WritingDueCard extends Div {

    private WritingDueCard(String id, String kind, List<WritingDue> due,
                           Class<? extends RotationEndPage<?>> page) {
        addClassName("home-card");
        setId(id);
        add(new H3(getTranslation("home." + kind + ".title")));
        for (WritingDue item : due) {
            Locale locale = getLocale();
            Span text = new Span(getTranslation("home." + kind + ".line", item.personName(), item.cohortName(),
                    Formats.date(item.date(), locale)));
            RouterLink open = new RouterLink(getTranslation(item.status() == SubmissionStatus.DRAFT
                    ? "home.continueDraft" : "home." + kind + ".open"), page, new RouteParameters(RotationEndPage.ID,
                    String.valueOf(item.enrollmentId())));
            open.setId(id + "-" + item.enrollmentId());
            Paragraph line = new Paragraph(text, new Span(" "), open);
            add(line);
        }
    }

    /** The participant's rotations whose retrospective is open and not submitted. */
    public static Component retrospectives(List<WritingDue> due) {
        return card("retrospectives-to-write", "retrospective", due, RetrospectiveView.class);
    }

    /** The graduate's follow-ups that are due. */
    public static Component followUps(List<WritingDue> due) {
        return card("follow-ups-due", "followUp", due, FollowUpView.class);
    }

    /** The mentor's final evaluations to write. */
    public static Component evaluations(List<WritingDue> due) {
        return card("evaluations-to-write", "evaluation", due, EvaluationView.class);
    }

    private static Component card(String id, String kind, List<WritingDue> due, Class<? extends RotationEndPage<?>> page) {
        if (due.isEmpty()) {
            Div nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        return new WritingDueCard(id, kind, due, page);
    }
}
