package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
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
 *
 * <p>axe-core runs in the page itself ({@code axe.run}, the builder's "legacy mode") rather than in
 * parts joined in a blank extra page, which is only needed for cross-origin frames (the app has no
 * frames), and lists every element only for violations (one example per passed or incomplete rule):
 * the same rules on the same elements, in a third to a quarter of the time (measured in decision 0039).
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    /** Waits for animations that end (a notification fading in), so that colours are checked as they settle. */
    private static final String ANIMATIONS_ENDED = """
            () => Promise.all(document.getAnimations()
                    .filter(animation => Number.isFinite(animation.effect?.getComputedTiming().endTime))
                    .map(animation => animation.finished.catch(() => null)))
            """;

    private Accessibility() {
    }

    static void check(Page page) {
        Object theme = page.evaluate("document.documentElement.getAttribute('theme') || 'light'");
        String where = URI.create(page.url()).getPath() + " at " + page.viewportSize().width + "px, " + theme;
        if (!CHECKED.add(where)) {
            return;
        }
        page.evaluate(ANIMATIONS_ENDED);
        AxeResults results = new AxeBuilder(page).options(options()).setLegacyMode(true).analyze();
        assertThat(results.getPasses()).as("axe-core ran its rules on " + where).isNotEmpty();
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            fail("accessibility of " + where + ":\n" + describe(failing));
        }
    }

    private static AxeRunOptions options() {
        AxeRunOnlyOptions rules = new AxeRunOnlyOptions();
        rules.setType("tag");
        rules.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(rules);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5).map(node -> "    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
