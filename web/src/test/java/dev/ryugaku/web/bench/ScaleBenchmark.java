package dev.ryugaku.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.dashboard.DashboardService;
import dev.ryugaku.core.dashboard.FinishedCohortFigures;
import dev.ryugaku.core.dashboard.Homes;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.SignIn;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark (not part of the test run; see bench/README.md): for each scale, generates the data
 * once into the embedded MariaDB, then times each load — median and p95 over repeated runs — and
 * counts its SQL statements. Writes bench/results.json and prints a table.
 */
class ScaleBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 30);
    private static final int RUNS = Integer.getInteger("bench.runs", 100);

    record Result(String load, double medianMs, double p95Ms, long statements) {
    }

    @Test
    void measureEachLoadAtEachScale() throws IOException {
        List<Scale> scales = Arrays.stream(System.getProperty("bench.scales", "small,large").split(","))
                .map(s -> Scale.valueOf(s.strip().toUpperCase())).toList();
        Path output = Path.of(System.getProperty("bench.output", "../bench/results.json"));
        ObjectNode results = Files.exists(output) ? (ObjectNode) JSON.readTree(output.toFile()) : JSON.createObjectNode();
        ObjectNode byScale = results.has("scales") ? (ObjectNode) results.get("scales") : results.putObject("scales");
        for (Scale scale : scales) {
            List<Result> measured = measure(scale);
            ObjectNode node = byScale.putObject(scale.name().toLowerCase());
            node.put("measuredAt", Instant.now().toString());
            node.put("runs", RUNS);
            node.put("cpus", Runtime.getRuntime().availableProcessors());
            node.put("java", System.getProperty("java.version"));
            ObjectNode loads = node.putObject("loads");
            for (Result result : measured) {
                ObjectNode load = loads.putObject(result.load());
                load.put("medianMs", result.medianMs());
                load.put("p95Ms", result.p95Ms());
                load.put("statements", result.statements());
            }
            print(scale, measured);
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        JSON.writeValue(output.toFile(), results);
        System.out.println("Wrote " + output.toAbsolutePath().normalize());
        assertThat(byScale.properties()).isNotEmpty();
    }

    private List<Result> measure(Scale scale) {
        try (ConfigurableApplicationContext context = BenchApp.start(scale)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LocalDate today = BenchApp.today();
            Map<String, Object> counts = counts(jdbc);
            System.out.println("Scale " + scale + ": " + counts);
            Subjects subjects = Subjects.of(jdbc);
            SignIn signIn = context.getBean(SignIn.class);
            Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            DashboardService dashboards = context.getBean(DashboardService.class);
            Homes homes = context.getBean(Homes.class);
            WorkWeekService workWeeks = context.getBean(WorkWeekService.class);
            TaskService tasks = context.getBean(TaskService.class);
            LocalDate lastWeek = today.minusWeeks(1).with(DayOfWeek.MONDAY);
            List<Result> results = new ArrayList<>();
            try {
                signIn.as(subjects.owner());
                results.addAll(dashboardStoredAndComputed(statistics, dashboards, jdbc,
                        context.getBean(FinishedCohortFigures.class)));
                results.add(time("taskBoard", statistics, () -> tasks.board(TaskFilter.any())));
                signIn.as(subjects.mentor());
                results.add(time("mentorHome", statistics, homes::mentorHome));
                signIn.as(subjects.participant());
                results.add(time("participantHome", statistics, homes::participantHome));
                results.add(time("weekView", statistics, () -> workWeeks.week(subjects.rotation(), lastWeek)));
            } finally {
                SignIn.out();
            }
            return results;
        }
    }

    private static Result time(String name, Statistics statistics, Supplier<?> load) {
        return new Samples(name).warmUp(load).measure(statistics, load, RUNS).result();
    }

    /**
     * The dashboard side by side in one run (decision 0026): with finished cohorts' figures stored (as
     * the hourly job leaves them) and with every figure computed from the rows (as before), one run of
     * each in turn, so that a busy moment of the machine weighs on both alike. Between runs only the
     * marks are taken away and put back (figures without a mark are not read), outside the timing.
     */
    private static List<Result> dashboardStoredAndComputed(Statistics statistics, DashboardService dashboards,
                                                           JdbcTemplate jdbc, FinishedCohortFigures figures) {
        System.out.println("Stored the figures of finished cohorts " + figures.storeFinished());
        List<Object[]> marks = jdbc.query("SELECT cohort_id, stored_at FROM cohort_figures_stored",
                (row, index) -> new Object[] {row.getLong(1), row.getTimestamp(2)});
        Runnable mark = () -> jdbc.batchUpdate("INSERT INTO cohort_figures_stored (cohort_id, stored_at) VALUES (?, ?)", marks);
        Runnable unmark = () -> jdbc.update("DELETE FROM cohort_figures_stored");
        Supplier<?> load = () -> dashboards.dashboard(null);
        Samples stored = new Samples("dashboard");
        Samples computed = new Samples("dashboardComputed");
        unmark.run();
        computed.warmUp(load);
        mark.run();
        stored.warmUp(load);
        for (int i = 0; i < RUNS; i++) {
            stored.measure(statistics, load, 1);
            unmark.run();
            computed.measure(statistics, load, 1);
            mark.run();
        }
        return List.of(stored.result(), computed.result());
    }

    /** The times of one load, gathered in one or more rounds, and its statement count, which must not change. */
    private static final class Samples {

        private final String name;
        private final List<Double> millis = new ArrayList<>();
        private long statements = -1;

        Samples(String name) {
            this.name = name;
        }

        Samples warmUp(Supplier<?> load) {
            for (int i = 0; i < WARM_UP; i++) {
                load.get();
            }
            return this;
        }

        Samples measure(Statistics statistics, Supplier<?> load, int runs) {
            for (int i = 0; i < runs; i++) {
                statistics.clear();
                long started = System.nanoTime();
                Object result = load.get();
                millis.add((System.nanoTime() - started) / 1_000_000.0);
                long count = statistics.getPrepareStatementCount();
                if (result == null || statements >= 0 && count != statements) {
                    throw new IllegalStateException(name + " issued " + count + " statements, earlier " + statements);
                }
                statements = count;
            }
            return this;
        }

        Result result() {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Result(name, round(sorted[sorted.length / 2]), round(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]),
                    statements);
        }
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }

    private static Map<String, Object> counts(JdbcTemplate jdbc) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String table : List.of("cohort", "enrollment", "work_log_entry", "check_in", "improvement_task")) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private static void print(Scale scale, List<Result> results) {
        System.out.printf("%n%-18s %12s %12s %12s   (scale %s, %d runs)%n", "load", "median ms", "p95 ms", "statements",
                scale.name().toLowerCase(), RUNS);
        for (Result result : results) {
            System.out.printf("%-18s %12.2f %12.2f %12d%n", result.load(), result.medianMs(), result.p95Ms(), result.statements());
        }
    }

    /** Who the loads run as: an owner, the busiest mentor, and a participant of an active rotation with a full log. */
    record Subjects(String owner, String mentor, String participant, long rotation) {

        static Subjects of(JdbcTemplate jdbc) {
            String owner = jdbc.queryForObject("""
                    SELECT p.login_name FROM person p JOIN person_role r ON r.person_id = p.id
                    WHERE r.role = 'PROGRAM_OWNER' ORDER BY p.id LIMIT 1""", String.class);
            String mentor = jdbc.queryForObject("""
                    SELECT p.login_name FROM person p JOIN enrollment e ON e.primary_mentor_id = p.id
                    WHERE e.status = 'ACTIVE' GROUP BY p.id, p.login_name ORDER BY COUNT(*) DESC, p.id LIMIT 1""", String.class);
            Map<String, Object> participant = jdbc.queryForMap("""
                    SELECT p.login_name, e.id FROM enrollment e JOIN person p ON p.id = e.person_id
                    WHERE e.status = 'ACTIVE' ORDER BY e.id LIMIT 1""");
            return new Subjects(owner, mentor, (String) participant.get("login_name"), ((Number) participant.get("id")).longValue());
        }
    }
}
