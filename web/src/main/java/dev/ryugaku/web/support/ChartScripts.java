package dev.ryugaku.web.support;

import com.vaadin.flow.component.page.Page;

/**
 * The scripts a chart element needs: Chart.js from its webjar, the shared element base
 * (js/chart-element.js) and the element's own script. No frontend build is involved.
 */
public final class ChartScripts {

    private static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final String ELEMENT_BASE = "context://js/chart-element.js";

    private ChartScripts() {
    }

    /** Loads Chart.js, the base and {@code elementScript} (e.g. {@code context://js/skill-chart.js}) once per page. */
    public static void load(Page page, String elementScript) {
        page.addJavaScript(CHART_JS);
        page.addJavaScript(ELEMENT_BASE);
        page.addJavaScript(elementScript);
    }
}
