package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.1 A and AA rules on a page a journey has reached; a serious or critical violation
 * fails the journey, naming the rule and the elements. Each page (address without its query, at
 * each screen width and colour scheme) is checked once per test JVM, so journeys passing the same page pay once.
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private Accessibility() {
    }

    static void check(Page page) {
        Object theme = page.evaluate("document.documentElement.getAttribute('theme') || 'light'");
        String where = URI.create(page.url()).getPath() + " at " + page.viewportSize().width + "px, " + theme;
        if (!CHECKED.add(where)) {
            return;
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getPasses()).as("axe-core ran its rules on " + where).isNotEmpty();
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            fail("accessibility of " + where + ":\n" + describe(failing));
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5).map(node -> "    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
