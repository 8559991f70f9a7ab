package dev.ryugaku.web.intake;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.RoundView;
import dev.ryugaku.web.navigation.IntakePages;
import dev.ryugaku.web.navigation.Pages;
import java.util.List;

/**
 * Intake on a home: everyone signed in (also without a role) finds where to apply while a round is
 * open or while they have an application; a team's manager their team's list; owners each open
 * round's page.
 */
public class IntakeHomeLinks extends Div {

    public IntakeHomeLinks(IntakeService intake, boolean owner) {
        addClassName("intake-home-links");
        setId("intake-home");
        List<RoundView> open = intake.openRounds();
        if (!open.isEmpty() || !intake.myApplications().isEmpty()) {
            add(link("intake.home.apply", IntakePages.mine(), "intake-home-apply"));
        }
        if (intake.managesATeam()) {
            add(link("intake.home.team", IntakePages.team(), "intake-home-team"));
        }
        if (owner) {
            open.forEach(round -> add(link(getTranslation("intake.round.heading", round.cohortName()),
                    IntakePages.round(round.cohortId()), "intake-home-round")));
        }
        setVisible(getComponentCount() > 0);
    }

    private RouterLink link(String key, String location, String className) {
        RouterLink link = Pages.link(key.startsWith("intake.") ? getTranslation(key) : key, location);
        link.addClassName(className);
        link.getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        return link;
    }
}
