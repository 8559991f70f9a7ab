package dev.ryugaku.web.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.WrappedSession;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.checkin.MissedCheckInsJob;
import dev.ryugaku.web.navigation.CohortPages;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The metrics the SLOs, alerts and dashboard (deploy/prometheus, deploy/grafana) are built on. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class OperationsMetricsTest extends SpringBrowserlessTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Autowired
    RouteMetrics routeMetrics;

    @Autowired
    MissedCheckInsJob missedCheckIns;

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String name, String... tags) {
        Timer timer = meters.find(name).tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void aPageIsTimedByItsRouteTemplateNeverByItsAddress() {
        long cohort = jdbc.queryForObject("select min(id) from cohort", Long.class);
        long before = count(RouteMetrics.NAVIGATION, "route", "cohorts/:cohortId", "outcome", "success");

        OpenPage.at(CohortPages.cohort(cohort));

        assertThat(count(RouteMetrics.NAVIGATION, "route", "cohorts/:cohortId", "outcome", "success")).isEqualTo(before + 1);
        assertThat(meters.find(RouteMetrics.NAVIGATION).meters()).extracting(meter -> meter.getId().getTag("route"))
                .allSatisfy(route -> assertThat(route).doesNotContainPattern("\\d"));
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void aPageRefusedToThePersonCountsAsNotFoundUnderTheRouteAskedFor() {
        long before = count(RouteMetrics.NAVIGATION, "route", "admin/people", "outcome", "not_found");

        navigate("admin/people", dev.ryugaku.web.error.NotFoundErrorView.class);

        assertThat(count(RouteMetrics.NAVIGATION, "route", "admin/people", "outcome", "not_found"))
                .as(() -> meters.find(RouteMetrics.NAVIGATION).timers().stream().filter(timer -> timer.count() > 0)
                        .map(timer -> timer.getId().getTags() + "=" + timer.count()).toList().toString())
                .isEqualTo(before + 1);
    }

    @Test
    void aServerRoundTripIsTimedByTheRouteItsPageShowsAndFailuresCountAsErrors() {
        Map<String, Object> sessionAttributes = new HashMap<>(Map.of(RouteMetrics.ROUTE_OF_UI + 7, "tasks/:taskId"));
        long successes = count(RouteMetrics.ROUND_TRIP, "route", "tasks/:taskId", "outcome", "success");
        long errors = count(RouteMetrics.ROUND_TRIP, "route", "tasks/:taskId", "outcome", "error");

        roundTrip(sessionAttributes, false);
        roundTrip(sessionAttributes, true);

        assertThat(count(RouteMetrics.ROUND_TRIP, "route", "tasks/:taskId", "outcome", "success")).isEqualTo(successes + 1);
        assertThat(count(RouteMetrics.ROUND_TRIP, "route", "tasks/:taskId", "outcome", "error")).isEqualTo(errors + 1);
    }

    private void roundTrip(Map<String, Object> sessionAttributes, boolean failing) {
        Map<String, Object> requestAttributes = new HashMap<>();
        VaadinRequest request = mock(VaadinRequest.class);
        WrappedSession session = mock(WrappedSession.class);
        when(request.getParameter("v-r")).thenReturn("uidl");
        when(request.getParameter("v-uiId")).thenReturn("7");
        when(request.getWrappedSession(false)).thenReturn(session);
        when(session.getAttribute(anyString())).thenAnswer(call -> sessionAttributes.get(call.<String>getArgument(0)));
        when(request.getAttribute(anyString())).thenAnswer(call -> requestAttributes.get(call.<String>getArgument(0)));
        org.mockito.Mockito.doAnswer(call -> requestAttributes.put(call.getArgument(0), call.getArgument(1)))
                .when(request).setAttribute(anyString(), org.mockito.ArgumentMatchers.any());
        VaadinResponse response = mock(VaadinResponse.class);

        routeMetrics.requestStart(request, response);
        if (failing) {
            routeMetrics.handleException(request, response, null, new IllegalStateException("boom"));
        }
        routeMetrics.requestEnd(request, response, null);
    }

    @Test
    void aScheduledJobRecordsItsRunAndLastSuccessOnlyWhenItHoldsTheLock() {
        long runs = count(ScheduledJobMetrics.RUNS, "task", "missed-check-ins", "outcome", "success");
        SimpleLock otherReplica = locks.lock(new LockConfiguration(Instant.now(), "missed-check-ins",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            missedCheckIns.run();
            assertThat(count(ScheduledJobMetrics.RUNS, "task", "missed-check-ins", "outcome", "success")).isEqualTo(runs);
        } finally {
            otherReplica.unlock();
        }

        double before = Instant.now().getEpochSecond() - 1;
        missedCheckIns.run();

        assertThat(count(ScheduledJobMetrics.RUNS, "task", "missed-check-ins", "outcome", "success")).isEqualTo(runs + 1);
        assertThat(meters.get(ScheduledJobMetrics.LAST_SUCCESS).tag("task", "missed-check-ins").gauge().value())
                .isGreaterThanOrEqualTo(before);
    }

    @Test
    void everyJobHasItsSeriesFromTheStartAndJobsTurnedOffHaveNoPeriod() {
        for (String job : new String[] {"missed-check-ins", "reminder", "reminder-retry", "finished-cohort-figures"}) {
            assertThat(meters.find(ScheduledJobMetrics.RUNS).tags("task", job, "outcome", "failure").timer()).as(job).isNotNull();
            assertThat(meters.get(ScheduledJobMetrics.PERIOD).tag("task", job).gauge().value()).as("turned off in tests").isNaN();
        }
    }

    @Test
    void theProgramsStateAndTheDatabaseAreGauges() {
        String scrape = prometheus.scrape();

        assertThat(scrape).contains("ryugaku_database_up{application=\"ryugaku\"} 1.0");
        assertThat(meters.get("ryugaku.rotations.active").gauge().value()).as("the demo program has active rotations").isPositive();
        for (String gauge : new String[] {"ryugaku.check.ins.overdue", "ryugaku.check.ins.missed", "ryugaku.action.items.overdue"}) {
            assertThat(meters.get(gauge).gauge().value()).as(gauge).isNotNaN().isNotNegative();
        }
        assertThat(meters.find("ryugaku.reminders.queued").meters()).extracting(Meter::getId)
                .extracting(id -> id.getTag("status")).containsExactlyInAnyOrder("pending", "failed");
        assertThat(meters.find("ryugaku.reminders.due.recent").meters()).extracting(Meter::getId)
                .extracting(id -> id.getTag("timeliness")).containsExactlyInAnyOrder("on_time", "late");
        assertThat(meters.find("ryugaku.sign.in.locks").gauges()).extracting(gauge -> gauge.getId().getTag("subject"))
                .containsExactlyInAnyOrder("account", "address");
        assertThat(meters.find("ryugaku.sign.in.locks").gauges()).extracting(Gauge::value)
                .allSatisfy(locks -> assertThat(locks).isNotNaN().isNotNegative());
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsOneTheAppExposes() throws Exception {
        Set<String> exposed = prometheus.scrape().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        Set<String> read = new TreeSet<>();
        Stream.concat(PromQl.ruleExpressions().stream(), PromQl.dashboardExpressions().stream())
                .map(PromQl::metricNames).forEach(read::addAll);
        read.removeIf(name -> name.contains(":") || name.equals("up"));

        assertThat(read).hasSizeGreaterThan(15);
        assertThat(exposed).containsAll(read);
    }
}
