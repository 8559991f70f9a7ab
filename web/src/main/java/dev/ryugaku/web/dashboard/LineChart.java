package dev.ryugaku.web.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import dev.ryugaku.web.support.ChartScripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Lines over weeks, drawn by Chart.js from its webjar through a small custom element (js/line-chart.js). */
@Tag("ryugaku-line-chart")
class LineChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Map<String, Object>> series = new ArrayList<>();

    LineChart(String id, List<String> labels, String axis, Number min, Number max) {
        setId(id);
        getElement().getStyle().set("display", "block").set("height", "260px").set("width", "100%");
        data.put("labels", labels);
        data.put("axis", axis);
        data.put("min", min);
        data.put("max", max);
        data.put("series", series);
    }

    /** A line; values may hold nulls for weeks without data. */
    LineChart line(String label, List<? extends Number> values, String color, boolean dashed) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", label);
        line.put("values", values);
        line.put("color", color);
        line.put("dashed", dashed);
        series.add(line);
        getElement().setAttribute("data", JSON.writeValueAsString(data));
        return this;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ChartScripts.load(event.getUI().getPage(), "context://js/line-chart.js");
    }
}
