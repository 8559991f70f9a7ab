package dev.ryugaku.web.bench;

import dev.ryugaku.web.RyugakuApplication;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The app in the benchmark's profile on one scale's database, generated on first use (bench/README.md). */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(Scale scale) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RyugakuApplication.class)
                .profiles("bench").run("--ryugaku.embedded-db.database=" + scale.database(),
                        "--ryugaku.embedded-db.dir=" + dataDirectory());
        ScaleDataGenerator generator = new ScaleDataGenerator(context.getBean(JdbcTemplate.class), scale, today());
        if (generator.isEmpty()) {
            System.out.println("Generating scale " + scale + " (once; kept under bench/data) …");
            generator.generate();
        }
        return context;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    /** Generated data is kept between runs under bench/data of the repository (git ignores it). */
    static Path dataDirectory() {
        String configured = System.getenv("RYUGAKU_BENCH_DB_DIR");
        return configured != null ? Path.of(configured) : Path.of("..", "bench", "data").toAbsolutePath().normalize();
    }
}
