package dev.ryugaku.web.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ryugaku.persistence.db.EmbeddedMariaDb;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.checkin.MissedCheckInsJob;
import dev.ryugaku.web.reminder.ReminderJob;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * The database goes away under the running app and comes back: readiness follows it within 10 s
 * while liveness stays up, requests fail fast, a sign-in says "temporarily unavailable" rather than
 * "wrong password", jobs skip their run and lose nothing, and the app recovers with no restart.
 */
@RyugakuTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private static final Duration PROBE_DEADLINE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskScheduler scheduler;

    @Autowired
    MissedCheckInsJob missedCheckIns;

    @Autowired
    ReminderJob reminders;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    private EmbeddedMariaDb database;

    @BeforeEach
    void databaseIsUp() {
        database = OutageDatabase.server(embedded);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health/readiness") == 200);
    }

    @Test
    void readinessGoesDownDuringAnOutageAndUpAfterItWhileLivenessStaysUp() {
        duringAnOutage(() -> {
            // each probe waits the pool's timeout: 0.5 s while it turns rather than the configured 3 s
            try (var shortWaits = OutageDatabase.connectionTimeout(dataSource, Duration.ofMillis(500))) {
                await().atMost(PROBE_DEADLINE).pollInterval(Duration.ofMillis(250))
                        .until(() -> status("/actuator/health/readiness") == 503);
            }
            assertThat(status("/actuator/health/liveness")).isEqualTo(200);

            // with the configured timeout the same database check still answers fast
            long started = System.nanoTime();
            assertThat(status("/actuator/health")).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
        });
        await().atMost(PROBE_DEADLINE).pollInterval(Duration.ofMillis(250))
                .until(() -> status("/actuator/health/readiness") == 200);
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isPositive();
    }

    @Test
    void signingInDuringAnOutageSaysTheServiceIsUnavailableNotThatThePasswordIsWrong() {
        double unavailableBefore = signIns("unavailable");
        assertThat(signIn("participant", "wrong password")).endsWith("/login?error");

        duringAnOutage(() -> {
            long started = System.nanoTime();
            assertThat(signIn("participant", "ryugaku-demo")).endsWith("/login?error=unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        });

        assertThat(signIns("unavailable")).isEqualTo(unavailableBefore + 1);
        await().atMost(PROBE_DEADLINE).until(() -> !signIn("participant", "ryugaku-demo").contains("error"));
    }

    @Test
    void scheduledJobsSkipTheirRunDuringAnOutageAndThePendingReminderWaits(CapturedOutput output) {
        long mentor = jdbc.queryForObject("select id from person where login_name = 'mentor'", Long.class);
        jdbc.update("""
                insert into reminder (kind, recipient_id, subject_key, status, created_at, attempts, next_attempt_at)
                values ('CHECK_IN_DUE', ?, ?, 'PENDING', ?, 0, ?)""",
                mentor, "outage-" + System.nanoTime(), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().plusSeconds(3600)));
        long reminder = jdbc.queryForObject("select max(id) from reminder", Long.class);

        // the jobs' first database access fails either way: after 0.5 s rather than the pool's 3 s
        duringAnOutage(() -> {
            try (var shortWaits = OutageDatabase.connectionTimeout(dataSource, Duration.ofMillis(500))) {
                runScheduled(missedCheckIns::run);
                runScheduled(reminders::retry);
            }
        });

        assertThat(output.getOut()).contains("Scheduled job skipped, the database is unavailable")
                .doesNotContain("Scheduled job failed");
        databaseIsUp();
        Map<String, Object> row = jdbc.queryForMap("select status, attempts from reminder where id = ?", reminder);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        missedCheckIns.run();
    }

    private void duringAnOutage(Runnable steps) {
        database.stopServer();
        try {
            steps.run();
        } finally {
            database.startServer();
        }
    }

    /** Runs a job the way the scheduler does, with its error handling, and waits for it to end. */
    private void runScheduled(Runnable job) {
        try {
            scheduler.schedule(job, Instant.now()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the job did not end", e);
        }
    }

    private double signIns(String outcome) {
        return meters.get("ryugaku.sign.ins").tag("method", "password").tag("outcome", outcome).counter().count();
    }

    /** Posts the login form; answers where the app sends the browser next. */
    private String signIn(String login, String password) {
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).as("sign-in answer").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private int status(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build()).statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri() + " did not answer", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
