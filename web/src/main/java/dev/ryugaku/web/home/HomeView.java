package dev.ryugaku.web.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.cohort.CohortListView;
import dev.ryugaku.web.cohort.CohortTimeline;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.security.RyugakuUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * ホーム: who you are in the program and the cohorts you belong to on the timeline. Each role's
 * own home ("My rotation", "My mentees", "Program") grows from here with the enrollment feature.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CohortService cohorts, AuthenticationContext authentication, CurrentUser currentUser) {
        RyugakuUser user = authentication.getAuthenticatedUser(RyugakuUser.class).orElseThrow();
        LocalDate today = currentUser.today();

        add(new H2(getTranslation("home.welcome", user.getDisplayName())));
        HorizontalLayout roles = new HorizontalLayout();
        roles.addClassName("role-list");
        for (Role role : user.toActor().roles()) {
            Span badge = new Span(getTranslation(role.messageKey()));
            badge.addClassName("role-badge");
            roles.add(badge);
        }
        add(roles);

        YearMonth first = YearMonth.from(today).minusMonths(8);
        YearMonth last = YearMonth.from(today).plusMonths(12);
        List<CohortSummary> visible = cohorts.timeline(first.atDay(1), last.atEndOfMonth());
        long active = visible.stream().filter(c -> c.statusOn(today) == CohortStatus.ACTIVE).count();
        long planned = visible.stream().filter(c -> c.statusOn(today) == CohortStatus.PLANNED).count();
        Paragraph summary = new Paragraph(getTranslation(user.toActor().isOwner() ? "home.summary.owner" : "home.summary.member",
                active, planned));
        summary.setId("home-summary");
        add(summary);
        add(new CohortTimeline(visible, first, last, today));
        add(new RouterLink(getTranslation("home.allCohorts"), CohortListView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
