package dev.ryugaku.web.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The program's state as gauges, from one statement of cheap aggregate counts, computed at most every
 * 30 s per replica however often Prometheus scrapes (a scrape after that reads the cached figures).
 * While the database cannot be read, the last figures stay and {@code ryugaku_database_up} is 0.
 *
 * <p>Reminder timeliness ({@code ryugaku_reminders_due_recent{timeliness}}) counts the reminders
 * that fell due in the last 24 hours: sent within an hour of being due ({@code on_time}) or not
 * ({@code late}: sent later, or still unsent an hour after). It is the SLI of reminder delivery.
 */
@Component
class BusinessGauges {

    static final Duration REFRESH = Duration.ofSeconds(30);
    static final Duration DATABASE_CHECK = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(BusinessGauges.class);

    private static final String COUNTS = """
            SELECT
              (SELECT COUNT(*) FROM enrollment WHERE status = 'ACTIVE') AS active_rotations,
              (SELECT COUNT(*) FROM check_in c JOIN enrollment e ON e.id = c.enrollment_id
                 WHERE e.status = 'ACTIVE' AND c.status = 'SCHEDULED' AND c.scheduled_at < ?) AS check_ins_overdue,
              (SELECT COUNT(*) FROM check_in c JOIN enrollment e ON e.id = c.enrollment_id
                 WHERE e.status = 'ACTIVE' AND c.status = 'MISSED') AS check_ins_missed,
              (SELECT COUNT(*) FROM action_item a JOIN enrollment e ON e.id = a.enrollment_id
                 WHERE e.status = 'ACTIVE' AND a.done_at IS NULL AND a.due_date < ?) AS action_items_overdue,
              (SELECT COUNT(*) FROM reminder WHERE status = 'PENDING') AS reminders_pending,
              (SELECT COUNT(*) FROM reminder WHERE status = 'FAILED') AS reminders_failed,
              (SELECT COUNT(*) FROM reminder WHERE created_at >= ? AND created_at < ? AND status = 'SENT'
                 AND sent_at <= created_at + INTERVAL 1 HOUR) AS reminders_on_time,
              (SELECT COUNT(*) FROM reminder WHERE created_at >= ? AND created_at < ? AND status <> 'SKIPPED'
                 AND (sent_at IS NULL OR sent_at > created_at + INTERVAL 1 HOUR)) AS reminders_late,
              (SELECT COUNT(*) FROM sign_in_counter WHERE subject_key LIKE 'account:%' AND locked_until > ?)
                 AS accounts_locked,
              (SELECT COUNT(*) FROM sign_in_counter WHERE subject_key LIKE 'address:%' AND locked_until > ?)
                 AS addresses_locked
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Map<String, Object> counts = Map.of();
    private volatile Instant countedAt = Instant.EPOCH;
    private volatile boolean databaseUp = true;
    private volatile Instant checkedAt = Instant.EPOCH;

    BusinessGauges(DataSource dataSource, MeterRegistry meters, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(2);
        this.clock = clock;
        gauge(meters, "ryugaku.rotations.active", "Rotations in progress", "active_rotations");
        gauge(meters, "ryugaku.check.ins.overdue", "Check-ins of active rotations past their time and not recorded",
                "check_ins_overdue");
        gauge(meters, "ryugaku.check.ins.missed", "Check-ins of active rotations marked missed", "check_ins_missed");
        gauge(meters, "ryugaku.action.items.overdue", "Open action items of active rotations past their due date",
                "action_items_overdue");
        String queued = "Reminders in the outbox by status";
        gauge(meters, "ryugaku.reminders.queued", queued, Tags.of("status", "pending"), "reminders_pending");
        gauge(meters, "ryugaku.reminders.queued", queued, Tags.of("status", "failed"), "reminders_failed");
        String dueRecent = "Reminders due in the last 24 hours, by whether they went out within an hour";
        gauge(meters, "ryugaku.reminders.due.recent", dueRecent, Tags.of("timeliness", "on_time"), "reminders_on_time");
        gauge(meters, "ryugaku.reminders.due.recent", dueRecent, Tags.of("timeliness", "late"), "reminders_late");
        String locks = "People (accounts) and client addresses locked out after too many failed sign-ins";
        gauge(meters, "ryugaku.sign.in.locks", locks, Tags.of("subject", "account"), "accounts_locked");
        gauge(meters, "ryugaku.sign.in.locks", locks, Tags.of("subject", "address"), "addresses_locked");
        Gauge.builder("ryugaku.database.up", this, gauges -> gauges.databaseUp() ? 1 : 0)
                .description("1 when the database answered a trivial query within 2 s (checked at most every 10 s)")
                .register(meters);
    }

    private void gauge(MeterRegistry meters, String name, String description, String column) {
        gauge(meters, name, description, Tags.empty(), column);
    }

    private void gauge(MeterRegistry meters, String name, String description, Tags tags, String column) {
        Gauge.builder(name, this, reading(column)).description(description).tags(tags).register(meters);
    }

    private static ToDoubleFunction<BusinessGauges> reading(String column) {
        return gauges -> gauges.count(column);
    }

    double count(String column) {
        refreshCountsIfStale();
        return counts.get(column) instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    boolean databaseUp() {
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(DATABASE_CHECK))) {
            synchronized (this) {
                if (now.isAfter(checkedAt.plus(DATABASE_CHECK))) {
                    databaseUp = answers();
                    checkedAt = clock.instant();
                }
            }
        }
        return databaseUp;
    }

    private boolean answers() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return true;
        } catch (DataAccessException e) {
            log.debug("Database check failed", e);
            return false;
        }
    }

    private void refreshCountsIfStale() {
        Instant now = clock.instant();
        if (!now.isAfter(countedAt.plus(REFRESH))) {
            return;
        }
        synchronized (this) {
            if (!now.isAfter(countedAt.plus(REFRESH))) {
                return;
            }
            countedAt = now; // also after a failure: the next try waits its turn, the scrape never piles up
            LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LocalDateTime dayAgo = utcNow.minusDays(1);
            LocalDateTime hourAgo = utcNow.minusHours(1);
            try {
                counts = jdbc.queryForMap(COUNTS, utcNow, today, dayAgo, utcNow, dayAgo, hourAgo, utcNow, utcNow);
            } catch (DataAccessException e) {
                log.warn("Business gauges not refreshed, the last figures stay: {}", e.getMessage());
            }
        }
    }
}
