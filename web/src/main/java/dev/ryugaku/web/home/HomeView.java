package dev.ryugaku.web.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.AttentionQueue;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.dashboard.Homes;
import dev.ryugaku.core.dashboard.MentorHome;
import dev.ryugaku.core.dashboard.ParticipantHome;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.retrospective.EvaluationService;
import dev.ryugaku.core.retrospective.FollowUpService;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.checkin.AttentionCard;
import dev.ryugaku.web.checkin.CheckInsToHoldCard;
import dev.ryugaku.web.checkin.MyCheckInsCard;
import dev.ryugaku.web.cohort.CohortTimeline;
import dev.ryugaku.web.intake.IntakeHomeLinks;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.retrospective.WritingDueCard;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.security.RyugakuUser;
import dev.ryugaku.web.task.ReviewQueue;
import dev.ryugaku.web.worklog.IncidentLadderView;
import dev.ryugaku.web.worklog.UnreviewedWeeksCard;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * ホーム: each role's home — "My rotation" for participants, "My mentees" for mentors, "Program"
 * for owners (a person with several roles sees each of theirs) — above the cohort timeline.
 */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(Homes homes, CohortService cohorts, EnrollmentService enrollments, CheckInService checkIns,
             ActionItemService actionItems, AttentionQueue attention, RetrospectiveService retrospectives, EvaluationService evaluations,
             FollowUpService followUps, IntakeService intake, AuthenticationContext authentication,
             CurrentUser currentUser, Clock clock) {
        Actor actor = authentication.getAuthenticatedUser(RyugakuUser.class).orElseThrow().toActor();
        LocalDate today = currentUser.today();

        add(new H2(getTranslation("home.welcome", actor.displayName())));
        add(new IntakeHomeLinks(intake, actor.isOwner()));
        if (actor.roles().isEmpty()) {
            // e.g. created by single sign-on: nothing to see until an owner gives a role
            Paragraph noRole = new Paragraph(getTranslation("home.noRole"));
            noRole.setId("no-role");
            add(noRole);
            return;
        }
        HorizontalLayout roles = new HorizontalLayout();
        roles.addClassName("role-list");
        for (Role role : Role.values()) {
            if (actor.has(role)) {
                Span badge = new Span(getTranslation(role.messageKey()));
                badge.addClassName("role-badge");
                roles.add(badge);
            }
        }
        add(roles);

        if (actor.has(Role.PARTICIPANT)) {
            ParticipantHome home = homes.participantHome();
            add(WritingDueCard.retrospectives(retrospectives.myRetrospectivesToWrite()));
            add(WritingDueCard.followUps(followUps.myFollowUpsDue()));
            add(new MyRotationCard(home.rotation(), today));
            if (home.rotation().isPresent()) {
                add(new MyCheckInsCard(checkIns, actionItems, currentUser.zone(), today, home.nextCheckIn(),
                        home.openActionItems()));
            }
            home.ladder().ifPresent(ladder -> add(new IncidentLadderView(ladder)));
        }
        if (actor.has(Role.MENTOR)) {
            MentorHome home = homes.mentorHome();
            add(new AttentionCard("attention-queue", home.attention(), false));
            add(new CheckInsToHoldCard(home.checkInsToHold(), currentUser.zone(), clock.instant()));
            add(WritingDueCard.evaluations(evaluations.myEvaluationsToWrite()));
            add(new MyMenteesCard(home.mentees(), home.toilFlags(), today));
            add(new UnreviewedWeeksCard(home.unreviewedWeeks()));
            Div reviews = new Div(new H3(getTranslation("reviews.title")), new ReviewQueue(home.reviewQueue(), clock));
            reviews.addClassName("home-card");
            reviews.setId("my-reviews");
            add(reviews);
        }
        if (actor.isOwner()) {
            List<CohortSummary> current = cohorts.timeline(today, today.plusYears(3)).stream()
                    .filter(c -> c.statusOn(today) == CohortStatus.ACTIVE || c.statusOn(today) == CohortStatus.PLANNED)
                    .toList();
            add(new ProgramCard(current, enrollments.mentorsOf(current.stream().map(CohortSummary::id).toList()), today));
            add(new AttentionCard("program-attention-queue", attention.forProgram(), true));
        }

        YearMonth first = YearMonth.from(today).minusMonths(8);
        YearMonth last = YearMonth.from(today).plusMonths(12);
        add(new H3(getTranslation("cohort.timeline.title")));
        add(new CohortTimeline(cohorts.timeline(first.atDay(1), last.atEndOfMonth()), first, last, today));
        add(Pages.link(getTranslation("home.allCohorts"), CohortPages.list()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
