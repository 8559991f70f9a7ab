package dev.ryugaku.web.outage;

import dev.ryugaku.persistence.db.EmbeddedMariaDb;
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

    /** The JDBC URL as the README writes it for an external server: no dialect, no collation. */
    public static String url(EmbeddedMariaDb server, String database) {
        return "jdbc:mysql://127.0.0.1:" + server.port() + "/" + database
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }
}
