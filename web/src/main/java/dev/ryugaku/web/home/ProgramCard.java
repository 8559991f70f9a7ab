package dev.ryugaku.web.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.enrollment.CohortMentor;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.Pages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** プログラム: active and upcoming cohorts with their fill level and mentors, for program owners. */
class ProgramCard extends Div {

    ProgramCard(List<CohortSummary> cohorts, List<CohortMentor> mentors, LocalDate today) {
        addClassNames("home-card", "program");
        setId("program");
        add(new H3(getTranslation("home.owner.title")));
        Map<Long, String> mentorNames = mentors.stream().collect(Collectors.groupingBy(CohortMentor::cohortId,
                Collectors.mapping(CohortMentor::mentorName, Collectors.joining(getTranslation("list.separator")))));
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("home.owner.none")));
        }
        for (CohortSummary cohort : cohorts) {
            CohortStatus status = cohort.statusOn(today);
            Div row = new Div();
            row.addClassName("program-cohort");
            RouterLink name = Pages.link(cohort.name(), CohortPages.cohort(cohort.id()));
            Span state = new Span(getTranslation(status.messageKey()));
            state.addClassNames("status-badge", "status-" + status.name().toLowerCase());
            Span period = new Span(Formats.period(cohort.startDate(), cohort.endDate(), getLocale()));
            ProgressBar fill = new ProgressBar(0, Math.max(1, cohort.capacity()), Math.min(cohort.enrolled(), cohort.capacity()));
            String fillLabel = getTranslation("home.owner.fill", cohort.enrolled(), cohort.capacity());
            fill.getElement().setAttribute("aria-label", cohort.name() + " " + fillLabel);
            Span fillText = new Span(fillLabel);
            fillText.addClassName("fill-text");
            Span mentorLine = new Span(getTranslation("home.owner.mentors",
                    mentorNames.getOrDefault(cohort.id(), getTranslation("enrollment.none"))));
            row.add(new Div(name, state, period), fill, new Div(fillText), new Div(mentorLine));
            add(row);
        }
    }
}
