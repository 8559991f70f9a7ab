package dev.ryugaku.web.home;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.enrollment.RotationProgress;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.WorkLogPages;
import java.time.LocalDate;
import java.util.List;
import dev.ryugaku.web.support.PhoneCards;

/** 担当する留学生: the mentor's active mentees, soonest to finish first. */
class MyMenteesCard extends Div {

    MyMenteesCard(List<EnrollmentSummary> mentees, List<ToilFlag> toilFlags, LocalDate today) {
        addClassNames("home-card", "my-mentees");
        setId("my-mentees");
        add(new H3(getTranslation("home.mentor.title")));
        Grid<EnrollmentSummary> grid = new Grid<>();
        grid.setId("mentee-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(e -> Pages.link(e.personName(),
                EnrollmentPages.rotation(e.id())))).setHeader(getTranslation("enrollment.field.person"));
        grid.addColumn(EnrollmentSummary::cohortName).setHeader(getTranslation("enrollment.field.cohort"));
        grid.addColumn(e -> getTranslation("home.mentor.daysLeft",
                new RotationProgress(e.startDate(), e.endDate(), today).daysLeft()))
                .setHeader(getTranslation("home.mentor.remaining"));
        grid.addColumn(new ComponentRenderer<>(e -> toilCell(e, toilFlags))).setHeader(getTranslation("worklog.toilFlags"));
        PhoneCards.apply(grid);
        grid.setItems(mentees);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("home.mentor.none"));
        add(grid);
    }

    /** How many weeks went over the toil cap, linked to the mentee's work log. */
    private RouterLink toilCell(EnrollmentSummary mentee, List<ToilFlag> flags) {
        long over = flags.stream().filter(f -> f.enrollmentId() == mentee.id()).count();
        RouterLink link = Pages.link(over == 0 ? getTranslation("worklog.open") : getTranslation("home.mentor.toilWeeks", over),
                WorkLogPages.rotation(mentee.id()));
        if (over > 0) {
            link.addClassName("toil-over");
        }
        return link;
    }
}
