package dev.ryugaku.web.home;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.enrollment.RotationProgress;
import dev.ryugaku.web.enrollment.EnrollmentStatusBadge;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.navigation.WorkLogPages;
import dev.ryugaku.web.i18n.Formats;
import java.time.LocalDate;
import java.util.Optional;

/** わたしの留学: the participant's current rotation at a glance. */
class MyRotationCard extends Div {

    MyRotationCard(Optional<EnrollmentDetails> rotation, LocalDate today) {
        addClassNames("home-card", "my-rotation");
        setId("my-rotation");
        add(new H3(getTranslation("home.participant.title")));
        rotation.ifPresentOrElse(enrollment -> show(enrollment, today),
                () -> add(new Paragraph(getTranslation("home.participant.none"))));
    }

    private void show(EnrollmentDetails enrollment, LocalDate today) {
        RotationProgress progress = new RotationProgress(enrollment.startDate(), enrollment.endDate(), today);
        Div headline = new Div(Pages.link(enrollment.cohortName(),
                EnrollmentPages.rotation(enrollment.id())), new EnrollmentStatusBadge(enrollment.status()));
        headline.addClassName("card-headline");
        add(headline);

        String countdown = progress.daysUntilStart() > 0
                ? getTranslation("home.participant.startsIn", progress.daysUntilStart())
                : getTranslation("home.participant.daysLeft", progress.daysLeft());
        Span days = new Span(countdown);
        days.setId("days-left");
        ProgressBar bar = new ProgressBar(0, 1, progress.elapsed());
        bar.setId("rotation-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("home.participant.progress"));
        add(new Div(new Span(Formats.period(enrollment.startDate(), enrollment.endDate(), getLocale()))), bar, days);

        FormLayout facts = new FormLayout();
        String mentors = enrollment.secondaryMentorName() == null ? orDash(enrollment.primaryMentorName())
                : getTranslation("cohort.enrollments.mentors", orDash(enrollment.primaryMentorName()),
                enrollment.secondaryMentorName());
        facts.addFormItem(new Span(mentors), getTranslation("home.participant.mentors"));
        facts.addFormItem(new Span(orDash(enrollment.learningGoals())), getTranslation("enrollment.field.learningGoals"));
        add(facts);
        RouterLink workLog = Pages.link(getTranslation("worklog.open"), WorkLogPages.mine());
        workLog.setId("my-worklog");
        RouterLink skills = Pages.link(getTranslation("skill.open"), SkillPages.rotation(enrollment.id()));
        skills.setId("my-skills");
        Div links = new Div(workLog, skills);
        links.addClassName("card-links");
        add(links);
    }

    private String orDash(String value) {
        return value == null || value.isBlank() ? getTranslation("enrollment.none") : value;
    }
}
