package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SLO's round-trip and page-load timers in a real browser: by route template, never by address. */
class RouteMetricsJourneyIT extends BrowserJourney {

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String name, String route) {
        Timer timer = meters.find(name).tags("route", route, "outcome", "success").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aPageOpenedAndUsedInTheBrowserIsTimedUnderItsRouteTemplate() {
        long pageLoads = count("ryugaku.ui.navigation", "cohorts/:cohortId");
        long roundTrips = count("ryugaku.ui.round.trip", "cohorts/:cohortId");
        Page owner = signedIn("owner");

        owner.navigate(url("/cohorts"));
        owner.locator("vaadin-grid").first().waitFor();
        owner.navigate(url("/cohorts/" + jdbc.queryForObject("select min(id) from cohort", Long.class)));
        PlaywrightAssertions.assertThat(owner.locator("h2").first()).isVisible();

        assertThat(count("ryugaku.ui.navigation", "cohorts/:cohortId")).isGreaterThan(pageLoads);
        assertThat(count("ryugaku.ui.round.trip", "cohorts/:cohortId")).isGreaterThan(roundTrips);
        assertThat(meters.find("ryugaku.ui.round.trip").timers()).extracting(timer -> timer.getId().getTag("route"))
                .noneMatch(route -> route.matches(".*\\d.*"));
    }
}
