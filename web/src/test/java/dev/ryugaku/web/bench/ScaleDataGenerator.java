package dev.ryugaku.web.bench;

import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills an empty, migrated database with a program of the chosen {@link Scale}: cohorts one month
 * apart over the years (most completed, a few active, a few planned), their participants, mentors,
 * work logs, check-ins with action items, weekly reviews and improvement tasks. Multi-row INSERTs of
 * generated values only, so a million rows take about a minute; the same seed gives the same data.
 */
final class ScaleDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);
    private static final int ROWS_PER_INSERT = 2_000;
    private static final int ROTATION_DAYS = 182;
    private static final WorkCategory[] CATEGORIES = WorkCategory.values();
    private static final TaskCategory[] TASK_CATEGORIES = TaskCategory.values();
    private static final IncidentRole[] ROLES = IncidentRole.values();
    /** Check-ins every two weeks over a 26-week rotation. */
    private static final int CHECK_INS_PER_ROTATION = 13;

    private final JdbcTemplate jdbc;
    private final Scale scale;
    private final LocalDate today;
    private final Random random = new Random(20261122L);

    ScaleDataGenerator(JdbcTemplate jdbc, Scale scale, LocalDate today) {
        this.jdbc = jdbc;
        this.scale = scale;
        this.today = today;
    }

    boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cohort", Long.class) == 0;
    }

    void generate() {
        long started = System.nanoTime();
        insert("team", "id, version, name, name_key, kind", rows(20, i -> values(i + 1, 0, "チーム" + (i + 1),
                "チーム" + (i + 1), i < 2 ? "SRE" : "PRODUCT")));
        int owners = 3;
        int mentors = scale.mentors();
        int participants = scale.enrollments();
        int people = owners + mentors + participants;
        insert("person", "id, version, display_name, email, login_name, password_hash, locale, time_zone, home_team_id, active",
                rows(people, i -> {
                    String login = "bench" + (i + 1) + "@example.com";
                    return values(i + 1, 0, "利用者 " + (i + 1), login, login, null, "ja", "Asia/Tokyo", 1 + i % 20, true);
                }));
        insert("person_role", "person_id, role", rows(people, i -> values(i + 1,
                i < owners ? "PROGRAM_OWNER" : i < owners + mentors ? "MENTOR" : "PARTICIPANT")));
        insert("cohort", "id, version, name, name_key, start_date, end_date, capacity, host_team_id, cadence, state",
                rows(scale.cohorts, c -> values(c + 1, 0, "第" + (c + 1) + "期", "第" + (c + 1) + "期", cohortStart(c),
                        cohortStart(c).plusDays(ROTATION_DAYS - 1), scale.enrollmentsPerCohort, 1, c % 3 == 0 ? "WEEKLY" : "BIWEEKLY",
                        "SCHEDULED")));
        insert("enrollment", "id, version, person_id, cohort_id, home_team_id, primary_mentor_id, status",
                rows(scale.enrollments(), e -> values(e + 1, 0, owners + mentors + e + 1, cohortOf(e) + 1, 3 + e % 18,
                        owners + 1 + mentorOf(e), status(cohortOf(e)))));
        generateTasks(owners, mentors);
        generateWorkLog(owners, mentors);
        generateCheckIns();
        log.info("Generated scale {} in {} s", scale, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Cohorts start a month apart; the last few are still running or yet to start. */
    LocalDate cohortStart(int cohort) {
        return today.minusDays(30L * (scale.cohorts - 5 - cohort) + ROTATION_DAYS / 2);
    }

    int cohortOf(int enrollment) {
        return enrollment / scale.enrollmentsPerCohort;
    }

    /** Mentors take mentees round-robin within each cohort, shifted per cohort. */
    int mentorOf(int enrollment) {
        return (enrollment + cohortOf(enrollment) * 7) % scale.mentors();
    }

    String status(int cohort) {
        LocalDate start = cohortStart(cohort);
        if (start.isAfter(today)) {
            return "PLANNED";
        }
        return start.plusDays(ROTATION_DAYS - 1).isBefore(today) ? "GRADUATED" : "ACTIVE";
    }

    private void generateTasks(int owners, int mentors) {
        int perEnrollment = Math.max(1, scale.tasks / scale.enrollments());
        Instant now = Instant.now();
        insert("improvement_task", "id, version, title, category, priority, risk, status, cohort_id, assignee_enrollment_id,"
                        + " reviewer_id, good_first_task, cost_saved_per_month, toil_hours_saved_per_month, created_by, created_at,"
                        + " status_changed_at",
                rows(scale.tasks, t -> {
                    int enrollment = Math.min(t / perEnrollment, scale.enrollments() - 1);
                    String status = switch (status(cohortOf(enrollment))) {
                        case "GRADUATED" -> t % 5 == 0 ? "DROPPED" : "DONE";
                        case "ACTIVE" -> new String[] {"READY", "IN_PROGRESS", "IN_REVIEW", "DONE"}[t % 4];
                        default -> "BACKLOG";
                    };
                    boolean done = status.equals("DONE");
                    return values(t + 1, 0, "改善タスク " + (t + 1), TASK_CATEGORIES[t % TASK_CATEGORIES.length].name(),
                            t % 3 == 0 ? "HIGH" : "MEDIUM", t % 11 == 0 ? "HIGH" : "LOW", status, cohortOf(enrollment) + 1,
                            enrollment + 1, owners + 1 + mentorOf(enrollment), false, done ? 1000 + t % 5000 : null,
                            done ? 2 + t % 10 : null, owners + 1, now.minus(t % 300, ChronoUnit.DAYS), now);
                }));
    }

    /** Weekday entries up to yesterday, spread so that the total matches the scale. */
    private void generateWorkLog(int owners, int mentors) {
        int loggingEnrollments = 0;
        long loggedDays = 0;
        for (int e = 0; e < scale.enrollments(); e++) {
            long days = weekdays(e);
            if (days > 0) {
                loggingEnrollments++;
                loggedDays += days;
            }
        }
        // a little more than needed per day, so the total is reached exactly before the last rotation ends
        double perDay = 1.01 * scale.workLogEntries / Math.max(1, loggedDays);
        List<String> batch = new ArrayList<>(ROWS_PER_INSERT);
        List<String> reviews = new ArrayList<>(ROWS_PER_INSERT);
        long id = 0;
        double carry = 0;
        for (int e = 0; e < scale.enrollments() && id < scale.workLogEntries; e++) {
            LocalDate start = cohortStart(cohortOf(e));
            LocalDate last = lastLoggedDay(e);
            for (LocalDate day = start; !day.isAfter(last) && id < scale.workLogEntries; day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                carry += perDay;
                for (; carry >= 1 && id < scale.workLogEntries; carry--) {
                    WorkCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    IncidentRole role = category.hasIncidentRole() && random.nextBoolean() || category == WorkCategory.INCIDENT
                            ? ROLES[random.nextInt(ROLES.length)] : null;
                    batch.add(values(++id, 0, e + 1, day, 30 + 15 * random.nextInt(12), category.name(),
                            category.isToilByDefault(), role == null ? null : role.name()));
                    if (batch.size() == ROWS_PER_INSERT) {
                        flush("work_log_entry", "id, version, enrollment_id, work_date, minutes, category, toil, incident_role", batch);
                    }
                }
            }
            // mentors review every week but the last two
            for (LocalDate week = start.with(DayOfWeek.MONDAY); week.plusWeeks(2).isBefore(last); week = week.plusWeeks(1)) {
                reviews.add(values(e + 1, week, owners + 1 + mentorOf(e), week.plusDays(8).atStartOfDay()));
                if (reviews.size() == ROWS_PER_INSERT) {
                    flush("work_week_review", "enrollment_id, week_start, reviewed_by, reviewed_at", reviews);
                }
            }
        }
        flush("work_log_entry", "id, version, enrollment_id, work_date, minutes, category, toil, incident_role", batch);
        flush("work_week_review", "enrollment_id, week_start, reviewed_by, reviewed_at", reviews);
        // the weekly totals the service keeps in step with every write, here all at once
        jdbc.execute("INSERT INTO work_week_total (enrollment_id, week_start, minutes, toil_minutes, observer_days, shadow_days, responder_days, commander_days)"
                + " SELECT w.enrollment_id, DATE_SUB(w.work_date, INTERVAL WEEKDAY(w.work_date) DAY), SUM(w.minutes),"
                + " SUM(CASE WHEN w.toil THEN w.minutes ELSE 0 END),"
                + " COUNT(DISTINCT CASE WHEN w.incident_role = 'OBSERVER' THEN w.work_date END),"
                + " COUNT(DISTINCT CASE WHEN w.incident_role = 'SHADOW' THEN w.work_date END),"
                + " COUNT(DISTINCT CASE WHEN w.incident_role = 'RESPONDER' THEN w.work_date END),"
                + " COUNT(DISTINCT CASE WHEN w.incident_role = 'COMMANDER' THEN w.work_date END)"
                + " FROM work_log_entry w GROUP BY 1, 2");
        log.info("{} work-log entries for {} rotations", id, loggingEnrollments);
    }

    private long weekdays(int enrollment) {
        LocalDate start = cohortStart(cohortOf(enrollment));
        LocalDate last = lastLoggedDay(enrollment);
        long days = 0;
        for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    private LocalDate lastLoggedDay(int enrollment) {
        LocalDate end = cohortStart(cohortOf(enrollment)).plusDays(ROTATION_DAYS - 1);
        return end.isBefore(today) ? end : today.minusDays(1);
    }

    /** Every other week (weekly cohorts every week, up to the check-in total) at 10:00 Tokyo; past ones held, a few missed. */
    private void generateCheckIns() {
        List<String> checkIns = new ArrayList<>(ROWS_PER_INSERT);
        List<String> items = new ArrayList<>(ROWS_PER_INSERT);
        long id = 0;
        long itemId = 0;
        Instant now = Instant.now();
        for (int e = 0; e < scale.enrollments(); e++) {
            if (status(cohortOf(e)).equals("PLANNED")) {
                continue;
            }
            LocalDate start = cohortStart(cohortOf(e));
            for (int n = 0; n < CHECK_INS_PER_ROTATION; n++) {
                LocalDateTime at = start.plusDays(14L * n + 1).atTime(1, 0);
                Instant time = at.toInstant(ZoneOffset.UTC);
                boolean past = time.isBefore(now);
                boolean missed = past && random.nextInt(20) == 0;
                String status = !past ? "SCHEDULED" : missed ? "MISSED" : "HELD";
                Integer wellBeing = status.equals("HELD") ? 2 + random.nextInt(4) : null;
                checkIns.add(values(++id, 0, e + 1, at, status, false, status.equals("HELD") ? at.plusMinutes(40) : null,
                        wellBeing == null ? null : 3, wellBeing, wellBeing == null ? null : 3,
                        wellBeing == null ? null : "チェックインのサマリー"));
                if (status.equals("HELD") && n % 3 == 0) {
                    items.add(values(++itemId, 0, e + 1, id, "アクションアイテム", "PARTICIPANT", at.toLocalDate().plusDays(7), at,
                            at.toLocalDate().plusDays(7).isBefore(today) ? at.plusDays(6) : null));
                }
                if (checkIns.size() >= ROWS_PER_INSERT) {
                    flush("check_in", "id, version, enrollment_id, scheduled_at, status, pinned, held_at, progress, well_being,"
                            + " confidence, summary", checkIns);
                    flush("action_item", "id, version, enrollment_id, check_in_id, text, owner, due_date, created_at, done_at", items);
                }
            }
        }
        flush("check_in", "id, version, enrollment_id, scheduled_at, status, pinned, held_at, progress, well_being, confidence,"
                + " summary", checkIns);
        flush("action_item", "id, version, enrollment_id, check_in_id, text, owner, due_date, created_at, done_at", items);
        log.info("{} check-ins, {} action items", id, itemId);
    }

    private interface Row {
        String values(int index);
    }

    private static List<String> rows(int count, Row row) {
        List<String> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row.values(i));
        }
        return rows;
    }

    private void insert(String table, String columns, List<String> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<String> chunk = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
            flush(table, columns, chunk);
        }
    }

    private void flush(String table, String columns, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute("INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(",", rows));
        rows.clear();
    }

    /** One row of literal values: generated numbers, dates and fixed texts only, quoted as SQL literals. */
    static String values(Object... values) {
        StringJoiner row = new StringJoiner(",", "(", ")");
        for (Object value : values) {
            row.add(switch (value) {
                case null -> "NULL";
                case Boolean b -> b ? "TRUE" : "FALSE";
                case Number n -> n.toString();
                case LocalDateTime t -> "'" + t.toString().replace('T', ' ') + "'";
                case Instant t -> "'" + LocalDateTime.ofInstant(t, ZoneOffset.UTC).toString().replace('T', ' ') + "'";
                default -> "'" + value.toString().replace("'", "''") + "'";
            });
        }
        return row.toString();
    }
}
