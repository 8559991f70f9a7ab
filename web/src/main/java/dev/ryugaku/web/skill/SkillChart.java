package dev.ryugaku.web.skill;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import dev.ryugaku.core.skill.SkillLevel;
import dev.ryugaku.web.support.ChartScripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Skill levels per area, drawn by Chart.js from its webjar through a small custom element
 * (js/skill-chart.js): a radar of one rotation's ratings, or grouped bars of a cohort's averages.
 */
@Tag("ryugaku-skill-chart")
class SkillChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2"};

    private final String kind;
    private final List<String> labels;
    private final List<Map<String, Object>> series = new ArrayList<>();
    private String axis = "";

    private SkillChart(String id, String kind, List<String> labels) {
        this.kind = kind;
        this.labels = List.copyOf(labels);
        setId(id);
        getElement().getStyle().set("display", "block").set("height", "360px").set("width", "100%").set("max-width", "48em");
    }

    /** A radar over the areas; each series is one side at one phase. */
    static SkillChart radar(String id, List<String> areas) {
        return new SkillChart(id, "radar", areas);
    }

    /** Grouped bars per area. */
    static SkillChart bars(String id, List<String> areas, String axis) {
        SkillChart chart = new SkillChart(id, "bar", areas);
        chart.axis = axis;
        return chart;
    }

    /** Adds a series; a null value leaves a gap (not rated, or not visible to the reader). */
    SkillChart series(String label, List<? extends Number> values, boolean dashed) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("label", label);
        one.put("values", values);
        one.put("color", PALETTE[series.size() % PALETTE.length]);
        one.put("dashed", dashed);
        series.add(one);
        render();
        return this;
    }

    int seriesCount() {
        return series.size();
    }

    private void render() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind);
        data.put("labels", labels);
        data.put("series", series);
        data.put("min", SkillLevel.MIN);
        data.put("max", SkillLevel.MAX);
        data.put("axis", axis);
        getElement().setAttribute("data", JSON.writeValueAsString(data));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ChartScripts.load(event.getUI().getPage(), "context://js/skill-chart.js");
    }
}
