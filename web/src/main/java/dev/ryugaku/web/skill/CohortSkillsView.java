package dev.ryugaku.web.skill;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.cohort.CohortDetails;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.CohortGrowth;
import dev.ryugaku.core.skill.EnrollmentGrowth;
import dev.ryugaku.core.skill.SkillAverage;
import dev.ryugaku.core.skill.SkillGrowthService;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.support.PageEntry;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 期のスキル成長: a cohort's average growth per skill area, for program owners — bars of the average
 * START and latest levels, a table of the averages, and each rotation's own average with a link to it.
 */
@Route("cohorts/:cohortId(\\d+)/skills")
@RolesAllowed(Role.OWNER_NAME)
class CohortSkillsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String COHORT_ID = "cohortId";

    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final SkillGrowthService growth;
    private CohortDetails cohort;

    CohortSkillsView(CohortService cohorts, EnrollmentService enrollments, SkillGrowthService growth) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.growth = growth;
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, COHORT_ID, cohorts::get).ifPresent(loaded -> {
            cohort = loaded;
            render(growth.cohortAverageGrowth(loaded.id()));
        });
    }

    private void render(CohortGrowth cohortGrowth) {
        removeAll();
        add(new H2(getTranslation("skill.cohort.heading", cohort.name())));
        RouterLink back = Pages.link(getTranslation("skill.cohort.toCohort"), CohortPages.cohort(cohort.id()));
        back.setId("skills-to-cohort");
        add(back);
        if (!cohortGrowth.hasData()) {
            Paragraph empty = new Paragraph(getTranslation("skill.cohort.empty"));
            empty.setId("cohort-skills-empty");
            add(empty);
            return;
        }
        Paragraph overall = new Paragraph(getTranslation("skill.cohort.overall", GrowthSection.average(cohortGrowth.overallAverage()),
                cohortGrowth.enrollments()));
        overall.setId("cohort-skills-overall");
        add(overall);

        List<SkillAverage> skills = cohortGrowth.skills();
        SkillChart bars = SkillChart.bars("cohort-skills-chart", skills.stream().map(s -> s.skill().name(getLocale())).toList(),
                getTranslation("skill.cohort.axis"));
        bars.series(getTranslation("skill.cohort.averageStart"), skills.stream().map(s -> round(s.averageStart())).toList(), false);
        bars.series(getTranslation("skill.cohort.averageLatest"), skills.stream().map(s -> round(s.averageLatest())).toList(), false);
        add(bars);

        add(new H3(getTranslation("skill.cohort.bySkill")));
        Grid<SkillAverage> bySkill = new Grid<>();
        bySkill.setId("cohort-skills-table");
        bySkill.addThemeVariants(GridVariant.LUMO_COMPACT);
        bySkill.addColumn(s -> s.skill().name(getLocale())).setHeader(getTranslation("skill.field.name")).setFlexGrow(2);
        bySkill.addColumn(s -> decimal(s.averageStart())).setHeader(getTranslation("skill.cohort.averageStart"));
        bySkill.addColumn(s -> decimal(s.averageLatest())).setHeader(getTranslation("skill.cohort.averageLatest"));
        bySkill.addColumn(s -> GrowthSection.average(s.averageGrowth())).setHeader(getTranslation("skill.cohort.averageGrowth"));
        bySkill.addColumn(s -> s.fromSelf() == 0 ? String.valueOf(s.enrollments())
                : getTranslation("skill.cohort.countWithSelf", s.enrollments(), s.fromSelf()))
                .setHeader(getTranslation("skill.cohort.count"));
        bySkill.setItems(skills);
        bySkill.setAllRowsVisible(true);
        add(bySkill);

        add(new H3(getTranslation("skill.cohort.byParticipant")));
        Map<Long, EnrollmentSummary> people = enrollments.listForCohort(cohort.id()).stream()
                .collect(Collectors.toMap(EnrollmentSummary::id, Function.identity()));
        Grid<EnrollmentGrowth> byParticipant = new Grid<>();
        byParticipant.setId("cohort-skills-participants");
        byParticipant.addThemeVariants(GridVariant.LUMO_COMPACT);
        byParticipant.addColumn(new ComponentRenderer<>(e -> Pages.link(
                        people.containsKey(e.enrollmentId()) ? people.get(e.enrollmentId()).personName() : getTranslation("skill.none"),
                        SkillPages.rotation(e.enrollmentId()))))
                .setHeader(getTranslation("enrollment.field.person")).setFlexGrow(2);
        byParticipant.addColumn(e -> GrowthSection.average(e.averageGrowth())).setHeader(getTranslation("skill.cohort.averageGrowth"));
        byParticipant.addColumn(EnrollmentGrowth::skills).setHeader(getTranslation("skill.cohort.skillsCounted"));
        byParticipant.setItems(cohortGrowth.perEnrollment());
        byParticipant.setAllRowsVisible(true);
        add(byParticipant);
        add(new Paragraph(getTranslation("skill.growth.rule")));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("skill.cohort.title") : getTranslation("skill.cohort.heading", cohort.name());
    }
}
