package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Content-Security-Policy holds in Chromium: owner, mentor and participant walk the main pages
 * and not one violation is reported (console or {@code securitypolicyviolation} event), the charts
 * still draw, and a CSV download comes with the security headers too.
 */
class SecurityHeadersJourneyIT extends BrowserJourney {

    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

    /** A click on an ordinary link to the path, which Vaadin's router takes over. */
    private static final String FOLLOW_LINK = """
            path => { const link = document.createElement('a'); link.href = path;
                      document.body.appendChild(link); link.click(); link.remove(); }
            """;

    /** True once every Vaadin client on the page has no request in flight. */
    private static final String VAADIN_IDLE = """
            () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
            """;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    /** Console lines and page errors that speak of the Content-Security-Policy, across every page opened. */
    private final List<String> violations = new ArrayList<>();

    /** A new tab of the signed-in session that reports violations. */
    private Page watched(Page signedIn) {
        Page page = signedIn.context().newPage();
        page.addInitScript(COLLECT_VIOLATIONS);
        watch(page);
        return page;
    }

    private void watch(Page page) {
        page.onConsoleMessage(message -> {
            if (mentionsPolicy(message)) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> {
            if (error.toLowerCase().contains("content security policy") || error.contains("unsafe-eval")) {
                violations.add(page.url() + ": " + error);
            }
        });
    }

    private static boolean mentionsPolicy(ConsoleMessage message) {
        String text = message.text().toLowerCase();
        return text.contains("content security policy") || text.contains("refused to");
    }

    /**
     * Opens the page, waits until Vaadin has rendered it, and fails on any violation so far. The first
     * page of a tab is loaded from the server with its headers; later ones are reached the way a click
     * on a link reaches them (Vaadin's router, same document and policy), which is how users move and
     * several times faster than reloading the app for every page.
     */
    private void visit(Page page, String path) {
        if (page.url().startsWith("http")) {
            page.evaluate(FOLLOW_LINK, path);
            page.waitForURL(url(path));
        } else {
            page.navigate(url(path));
        }
        PlaywrightAssertions.assertThat(page.locator("vaadin-app-layout")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction(VAADIN_IDLE);
        Object reported = page.evaluate("() => window.__cspViolations || []");
        if (reported instanceof List<?> list) {
            list.forEach(v -> violations.add(path + ": " + v));
        }
        assertThat(violations).as("CSP violations after " + path).isEmpty();
    }

    private long cohortId() {
        return fixtures.cohortId("第2期");
    }

    private long mentorsCheckIn() {
        return jdbc.queryForObject("""
                select c.id from check_in c join enrollment e on e.id = c.enrollment_id
                join person m on m.id = e.primary_mentor_id where m.login_name = ? order by c.scheduled_at limit 1
                """, Long.class, DemoPeople.MENTOR);
    }

    @Test
    void theLoginPageKeepsThePolicy() {
        Page login = newPage();
        login.addInitScript(COLLECT_VIOLATIONS);
        watch(login);
        Response response = login.navigate(url("/login"));
        assertThat(response.headerValue("content-security-policy")).contains("default-src 'self'");
        PlaywrightAssertions.assertThat(login.locator("vaadin-login-form")).isVisible();
        login.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(violations).isEmpty();
        login.close();
    }

    @Test
    void theOwnerWalksTheMainPagesWithoutAViolationAndTheChartsDraw() {
        Page owner = watched(signedIn(DemoPeople.OWNER));
        for (String path : List.of("/", "/cohorts", "/cohorts/" + cohortId(), "/tasks", "/worklog", "/feedback",
                "/settings", "/admin/people", "/checkins/" + mentorsCheckIn())) {
            visit(owner, path);
        }
        visit(owner, "/dashboard");
        PlaywrightAssertions.assertThat(owner.locator("#wellbeing-chart canvas")).isVisible();
        PlaywrightAssertions.assertThat(owner.locator("#toil-chart canvas")).isVisible();
        Object drawn = owner.evaluate("() => { const c = document.querySelector('#wellbeing-chart canvas');"
                + " return c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0); }");
        assertThat(drawn).as("the chart has pixels").isEqualTo(true);

        Download download = owner.waitForDownload(() -> owner.locator("#comparison-csv").click());
        APIResponse csv = owner.context().request().get(download.url());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-security-policy")).contains("default-src 'self'");
        assertThat(csv.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(csv.headers().get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(violations).isEmpty();
    }

    @Test
    void theMentorWalksTheMainPagesWithoutAViolation() {
        Page mentor = watched(signedIn(DemoPeople.MENTOR));
        for (String path : List.of("/", "/cohorts", "/cohorts/" + cohortId(), "/tasks", "/reviews", "/worklog",
                "/checkins/" + mentorsCheckIn(), "/settings")) {
            visit(mentor, path);
        }
    }

    @Test
    void theParticipantWalksTheMainPagesWithoutAViolation() {
        Page participant = watched(signedIn(DemoPeople.PARTICIPANT));
        for (String path : List.of("/", "/tasks", "/worklog", "/skills", "/settings",
                "/enrollments/" + fixtures.idOf(DemoPeople.PARTICIPANT, "第2期"), "/dashbord")) {
            visit(participant, path);
        }
        // the mistyped address was the app's own not-found page, in Japanese, with a way home
        PlaywrightAssertions.assertThat(participant.locator(".not-found")).containsText("このページは表示できません");
        PlaywrightAssertions.assertThat(participant.locator(".not-found a")).hasText("ホームに戻る");
    }
}
