package dev.ryugaku.web.outage;

import dev.ryugaku.persistence.db.EmbeddedMariaDb;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A MariaDB server of its own (target/mariadb-outage) that tests may stop and start: the server
 * shared by the rest of the test JVM must never go down. The app reaches it as an external database
 * — only the settings the README names (URL, user, password) — so these tests also prove that an
 * external MariaDB works with no dialect setting.
 */
public final class OutageDatabase {

    static final String DATABASE = "ryugaku_outage";
    private static EmbeddedMariaDb server;

    private OutageDatabase() {
    }

    /** The server, started on first use and kept for the rest of the JVM. */
    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            server = EmbeddedMariaDb.acquire(Path.of("target", "mariadb-outage"));
        }
        return server;
    }

    /** The JDBC URL as the README writes it for an external server. */
    public static String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + server().port() + "/" + database
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    /** Points the application at a fresh database on this server, as an external database. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server().createDatabase(DATABASE, true);
            TestPropertyValues.of(
                    "spring.datasource.url=" + url(DATABASE),
                    "spring.datasource.username=root",
                    "spring.datasource.password=").applyTo(context);
        }
    }
}
