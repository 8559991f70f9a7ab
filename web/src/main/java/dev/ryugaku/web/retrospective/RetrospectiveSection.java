package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.retrospective.RetrospectiveOverview;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.RetrospectivePages;

/**
 * The end of the rotation on its page: links to the retrospective, the final evaluation and (for the
 * graduate and owners) the follow-up, each with its state as far as the viewer may know it.
 */
public class RetrospectiveSection extends Div {

    public RetrospectiveSection(RetrospectiveService retrospectives, long enrollmentId) {
        RetrospectiveOverview overview = retrospectives.overview(enrollmentId);
        setId("rotation-end");
        setVisible(overview.applies());
        if (!overview.applies()) {
            return;
        }
        add(new H2(getTranslation("retrospective.section.title")));
        if (!overview.open()) {
            add(new Paragraph(getTranslation("retrospective.section.opensOn", Formats.date(overview.opensOn(), getLocale()))));
        }
        add(line("retrospective", overview.retrospective(), Pages.link(getTranslation("retrospective.title.plain"),
                RetrospectivePages.retrospective(enrollmentId))));
        add(line("evaluation", overview.evaluation(), Pages.link(getTranslation("evaluation.title.plain"),
                RetrospectivePages.evaluation(enrollmentId))));
        if (overview.followUpShown()) {
            Paragraph followUp = line("followUp", overview.followUp(), Pages.link(getTranslation("followUp.title.plain"),
                    RetrospectivePages.followUp(enrollmentId)));
            if (overview.followUp() != SubmissionStatus.SUBMITTED) {
                followUp.add(new Span(" " + getTranslation("retrospective.section.followUpDue",
                        Formats.date(overview.followUpDueOn(), getLocale()))));
            }
            add(followUp);
        }
    }

    private Paragraph line(String name, SubmissionStatus status, RouterLink link) {
        link.setId("open-" + name);
        Span state = new Span(getTranslation(status == null ? "retrospective.status.none" : status.messageKey()));
        state.setId(name + "-state");
        state.addClassName("status-badge");
        return new Paragraph(link, new Span(" "), state);
    }
}
