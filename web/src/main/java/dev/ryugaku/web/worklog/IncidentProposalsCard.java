package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.ryugaku.core.incident.IncidentProposalService;
import dev.ryugaku.core.incident.ProposedEntry;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import java.util.List;

/**
 * Entries proposed from incidents the participant took part in (PagerDuty, other tools): each can
 * be reviewed in the entry form and added, or dismissed. Nothing reaches the log without the
 * participant's "add".
 */
class IncidentProposalsCard extends VerticalLayout {

    IncidentProposalsCard(IncidentProposalService proposals, List<ProposedEntry> waiting, WeekView week, Runnable changed) {
        setId("incident-proposals");
        setPadding(false);
        add(new H3(getTranslation("incident.proposals.title")));
        add(new Paragraph(getTranslation("incident.proposals.hint")));
        for (ProposedEntry proposal : waiting) {
            Div line = new Div();
            line.addClassName("entry-line");
            line.setId("proposal-" + proposal.id());
            String title = proposal.title() == null ? getTranslation("incident.proposals.untitled") : proposal.title();
            if (proposal.link() != null) {
                Anchor link = new Anchor(proposal.link(), title, AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                line.add(link);
            } else {
                line.add(new Span(title));
            }
            StringBuilder facts = new StringBuilder(" · ").append(Formats.date(proposal.date(), getLocale()))
                    .append(" · ").append(getTranslation(proposal.role().messageKey())).append(" · ")
                    .append(proposal.minutes() == null ? getTranslation("incident.proposals.open")
                            : getTranslation("worklog.minutes", proposal.minutes()));
            line.add(new Span(facts.toString()));
            Button accept = new Button(getTranslation("incident.proposals.accept"),
                    click -> new WorkLogEntryDialog("incident.proposals.accept", week, proposal.draft(),
                            draft -> proposals.accept(proposal.id(), proposal.version(), draft), () -> {
                                Notifications.success(getTranslation("incident.proposals.accepted"));
                                changed.run();
                            }).open());
            accept.setId("accept-proposal-" + proposal.id());
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button dismiss = new Button(getTranslation("incident.proposals.dismiss"), click -> {
                if (new FieldErrors(this).attempt(() -> proposals.dismiss(proposal.id(), proposal.version()))) {
                    Notifications.success(getTranslation("incident.proposals.dismissed", title));
                    changed.run();
                }
            });
            dismiss.setId("dismiss-proposal-" + proposal.id());
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(accept, dismiss);
            add(line);
        }
    }
}
