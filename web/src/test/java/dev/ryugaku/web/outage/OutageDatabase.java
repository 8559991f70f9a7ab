package dev.ryugaku.web.outage;

import com.zaxxer.hikari.HikariDataSource;
import dev.ryugaku.persistence.db.EmbeddedMariaDb;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The test JVM's embedded MariaDB, which the outage tests stop and start under the running app (it
 * comes back on the same port with the same data, and every application context of the JVM
 * reconnects), and on which other databases can be reached the way an operator sets up an external
 * one. One server for everything: a second one would cost its install and an application context.
 */
public final class OutageDatabase {

    private OutageDatabase() {
    }

    /**
     * The running app's server. On an external test database ({@code RYUGAKU_TEST_DB_URL}) there is
     * none to stop from here, and the test is skipped.
     */
    public static EmbeddedMariaDb server(ObjectProvider<EmbeddedMariaDb> embedded) {
        EmbeddedMariaDb server = embedded.getIfAvailable();
        Assumptions.assumeTrue(server != null, "the test database is external: it cannot be stopped from here");
        return server;
    }

    /**
     * While the server is down every connection attempt fails, and the pool waits its whole connection
     * timeout (3 s, application.properties) before saying so, at every database access of a page. This
     * sets a shorter wait on the running pool until the returned handle is closed, which puts the
     * configured one back. Hikari copies a timeout changed through its MXBean to the running pool only
     * at its next housekeeping run (up to 30 s later), so the pool's copy is set as well.
     */
    public static Restore connectionTimeout(DataSource dataSource, Duration timeout) {
        try {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            long configured = pool.getConnectionTimeout();
            Field running = Class.forName("com.zaxxer.hikari.pool.PoolBase").getDeclaredField("connectionTimeout");
            running.setAccessible(true);
            pool.getHikariConfigMXBean().setConnectionTimeout(timeout.toMillis());
            running.setLong(pool.getHikariPoolMXBean(), timeout.toMillis());
            return () -> {
                pool.getHikariConfigMXBean().setConnectionTimeout(configured);
                try {
                    running.setLong(pool.getHikariPoolMXBean(), configured);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("the connection pool's timeout cannot be set", e);
        }
    }

    /** Puts back what was changed for the outage. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    /** The JDBC URL as the README writes it for an external server: no dialect, no collation. */
    public static String url(EmbeddedMariaDb server, String database) {
        return "jdbc:mysql://127.0.0.1:" + server.port() + "/" + database
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }
}
