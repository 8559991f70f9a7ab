package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import dev.ryugaku.core.worklog.WeekTotals;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.ChartScripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stacked hours per category per week across the rotation, with the toil share and the 50 % line.
 * Drawn by Chart.js from its webjar through a small custom element (js/worklog-chart.js).
 */
@Tag("ryugaku-worklog-chart")
class WorkLogChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    WorkLogChart(List<WeekTotals> weeks) {
        setId("worklog-chart");
        getElement().getStyle().set("display", "block").set("height", "320px").set("width", "100%");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("weeks", weeks.stream().map(w -> Formats.date(w.weekStart(), getLocale())).toList());
        List<Map<String, Object>> categories = new ArrayList<>();
        for (WorkCategory category : WorkCategory.values()) {
            categories.add(Map.of("label", getTranslation(category.messageKey()), "hours", weeks.stream()
                    .map(w -> w.minutesByCategory().getOrDefault(category, 0) / 60.0).toList()));
        }
        data.put("categories", categories);
        data.put("toilPercent", weeks.stream().map(WeekTotals::toilPercent).toList());
        data.put("toilLabel", getTranslation("worklog.chart.toil"));
        data.put("capLabel", getTranslation("worklog.chart.cap"));
        data.put("hoursAxis", getTranslation("worklog.chart.hours"));
        data.put("percentAxis", getTranslation("worklog.chart.percent"));
        getElement().setAttribute("data", JSON.writeValueAsString(data));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ChartScripts.load(event.getUI().getPage(), "context://js/worklog-chart.js");
    }
}
