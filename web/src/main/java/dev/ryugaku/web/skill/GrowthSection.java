package dev.ryugaku.web.skill;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.core.skill.AssessmentPhase;
import dev.ryugaku.core.skill.AssessmentSide;
import dev.ryugaku.core.skill.Growth;
import dev.ryugaku.core.skill.ParticipantGrowth;
import dev.ryugaku.core.skill.SkillProgress;
import java.util.List;
import java.util.Locale;

/**
 * 成長: one rotation's submitted levels — a radar of each side at each phase the reader may see, and
 * a table with each area's growth (latest level minus START, by the mentors', else by the participant's own).
 */
class GrowthSection extends Div {

    GrowthSection(ParticipantGrowth growth) {
        setId("skill-growth");
        setWidthFull();
        add(new H3(getTranslation("skill.growth.title")));
        if (growth.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("skill.growth.empty"));
            empty.setId("skill-growth-empty");
            add(empty);
            return;
        }
        List<SkillProgress> skills = growth.skills();
        SkillChart radar = SkillChart.radar("skill-radar", skills.stream().map(s -> s.skill().name(getLocale())).toList());
        for (AssessmentPhase phase : AssessmentPhase.values()) {
            for (AssessmentSide side : AssessmentSide.values()) {
                List<Integer> values = skills.stream().map(s -> s.level(side, phase)).toList();
                if (values.stream().anyMatch(v -> v != null)) {
                    radar.series(getTranslation("skill.chart.series", getTranslation(phase.messageKey()),
                            getTranslation(side.messageKey())), values, side == AssessmentSide.SELF);
                }
            }
        }
        add(radar);
        growth.averageGrowth().ifPresent(average -> {
            Paragraph summary = new Paragraph(getTranslation("skill.growth.average", average(average)));
            summary.setId("skill-growth-average");
            add(summary);
        });
        add(table(skills));
        add(new Paragraph(getTranslation("skill.growth.rule")));
    }

    private Grid<SkillProgress> table(List<SkillProgress> skills) {
        Grid<SkillProgress> grid = new Grid<>();
        grid.setId("skill-growth-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.skill().name(getLocale())).setHeader(getTranslation("skill.field.name")).setFlexGrow(2);
        for (AssessmentPhase phase : AssessmentPhase.values()) {
            grid.addColumn(s -> getTranslation("skill.growth.cell", shown(s.level(AssessmentSide.SELF, phase)),
                    shown(s.level(AssessmentSide.MENTOR, phase)))).setHeader(getTranslation(phase.messageKey()));
        }
        grid.addColumn(s -> delta(s.growth())).setHeader(getTranslation("skill.growth.column"));
        grid.setItems(skills);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String shown(Integer level) {
        return level == null ? getTranslation("skill.none") : String.valueOf(level);
    }

    private String delta(Growth growth) {
        if (growth == null) {
            return getTranslation("skill.none");
        }
        return getTranslation(growth.source() == AssessmentSide.MENTOR ? "skill.growth.byMentor" : "skill.growth.bySelf",
                signed(growth.delta()));
    }

    /** A growth in levels: +2, 0, -1. */
    static String signed(int levels) {
        return levels > 0 ? "+" + levels : String.valueOf(levels);
    }

    /** An average growth, to one decimal: +1.5, 0.0, -0.3. */
    static String average(double levels) {
        double rounded = Math.round(levels * 10) / 10.0;
        return rounded == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", rounded);
    }
}
