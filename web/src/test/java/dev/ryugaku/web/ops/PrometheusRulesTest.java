package dev.ryugaku.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/prometheus and deploy/grafana: the rules and every dashboard expression parse
 * ({@code promtool check rules}), every alert fires and stays quiet as its unit tests say
 * ({@code promtool test rules}), has such a test, and links a section of docs/runbook.md. Which
 * metric names they may use is checked against the running app in {@link OperationsMetricsTest}.
 */
class PrometheusRulesTest {

    private static final Path RUNBOOK = Repository.root().resolve("docs/runbook.md");

    @Test
    void theRulesParse() throws Exception {
        String output = Promtool.findOrSkip().run(PromQl.PROMETHEUS, "check", "rules", "rules.yaml");
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void everyAlertBehavesAsItsUnitTestsSay() throws Exception {
        List<String> arguments = new ArrayList<>(List.of("test", "rules"));
        Promtool.yamlFiles(PromQl.PROMETHEUS.resolve("tests")).forEach(file -> arguments.add("tests/" + file));
        String output = Promtool.findOrSkip().run(PromQl.PROMETHEUS, arguments.toArray(String[]::new));
        assertThat(output).doesNotContain("FAILED");
    }

    @Test
    void everyAlertHasAUnitTest() throws Exception {
        Set<String> tested = new TreeSet<>();
        Path tests = PromQl.PROMETHEUS.resolve("tests");
        for (String file : Promtool.yamlFiles(tests)) {
            Matcher alertname = Pattern.compile("alertname:\\s*(\\S+)").matcher(Files.readString(tests.resolve(file)));
            while (alertname.find()) {
                tested.add(alertname.group(1));
            }
        }
        assertThat(tested).containsAll(alertNames());
    }

    private static List<String> alertNames() throws Exception {
        return PromQl.rules().stream().filter(rule -> rule.containsKey("alert")).map(rule -> rule.get("alert").toString()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertLinksItsSectionOfTheRunbook() throws Exception {
        Set<String> anchors = Files.readAllLines(RUNBOOK).stream().filter(line -> line.startsWith("#"))
                .map(PrometheusRulesTest::anchorOf).collect(Collectors.toSet());
        for (Map<String, Object> rule : PromQl.rules()) {
            if (rule.containsKey("alert")) {
                String url = ((Map<String, Object>) rule.get("annotations")).get("runbook_url").toString();
                assertThat(url).as(rule.get("alert").toString()).contains("docs/runbook.md#");
                assertThat(anchors).as(rule.get("alert") + " → " + url).contains(url.substring(url.indexOf('#') + 1));
            }
        }
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens. */
    private static String anchorOf(String heading) {
        return heading.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void everyDashboardExpressionParses(@TempDir Path scratch) throws Exception {
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        List<String> expressions = PromQl.dashboardExpressions();
        assertThat(expressions).hasSizeGreaterThan(20);
        for (int i = 0; i < expressions.size(); i++) {
            rules.append("      - record: dashboard:expression_").append(i).append('\n')
                    .append("        expr: '").append(PromQl.withoutGrafanaVariables(expressions.get(i)).replace("'", "''"))
                    .append("'\n");
        }
        Files.writeString(scratch.resolve("dashboard-rules.yaml"), rules);
        String output = Promtool.findOrSkip().run(scratch, "check", "rules", "dashboard-rules.yaml");
        assertThat(output).contains("SUCCESS: " + expressions.size() + " rules found");
    }

    @Test
    void metricNamesAreReadFromExpressionsWithoutFunctionsLabelsOrKeywords() {
        assertThat(PromQl.metricNames("sum by (route, le) (rate(ryugaku_ui_round_trip_seconds_bucket{route=~\"a.*\"}[5m])) "
                + "/ on (instance) max(up offset 1d) and ryugaku:slo_x:ratio_rate5m > 14.4 * 0.005"))
                .containsExactlyInAnyOrder("ryugaku_ui_round_trip_seconds_bucket", "up", "ryugaku:slo_x:ratio_rate5m");
    }
}
