package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.persistence.PersistenceTestApplication;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two replicas starting together: the second one's migration waits for the first one's, and a
 * start that fails during the migration leaves the lock free for the next replica.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class SchemaMigrationLockTest {

    private static final String LOCK_NAME = "concat('ryugaku.migration.', database())";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondReplicasMigrationWaitsUntilTheFirstHasFinished() throws Exception {
        SchemaMigrationLock secondReplica = new SchemaMigrationLock();
        CompletableFuture<Void> secondMigration;
        try (Connection firstReplica = dataSource.getConnection()) {
            assertThat(query(firstReplica, "select get_lock(" + LOCK_NAME + ", 0)")).isEqualTo(1);

            secondMigration = CompletableFuture.runAsync(() ->
                    secondReplica.postProcessBeforeInitialization(liquibase(), "liquibase"));
            waitUntilSomeoneWaitsForTheLock();
            assertThat(secondMigration).isNotDone();

            query(firstReplica, "select release_lock(" + LOCK_NAME + ")");
        }
        secondMigration.get(30, TimeUnit.SECONDS);
        assertThat(lockIsFree()).isFalse();

        secondReplica.postProcessAfterInitialization(liquibase(), "liquibase");
        assertThat(lockIsFree()).isTrue();
    }

    @Test
    void aStartThatFailsDuringTheMigrationLeavesTheLockFree() {
        SchemaMigrationLock replica = new SchemaMigrationLock();
        replica.postProcessBeforeInitialization(liquibase(), "liquibase");
        assertThat(lockIsFree()).isFalse();

        replica.destroy();

        assertThat(lockIsFree()).isTrue();
    }

    @Test
    void otherBeansAreLeftAlone() {
        SchemaMigrationLock lock = new SchemaMigrationLock();
        lock.postProcessBeforeInitialization("not a migration", "other");
        assertThat(lockIsFree()).isTrue();
    }

    private SpringLiquibase liquibase() {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        return liquibase;
    }

    private boolean lockIsFree() {
        return jdbc.queryForObject("select is_free_lock(" + LOCK_NAME + ")", Integer.class) == 1;
    }

    /** The server shows a session blocked in GET_LOCK as being in state "User lock". */
    private void waitUntilSomeoneWaitsForTheLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.queryForObject("select count(*) from information_schema.processlist where state = 'User lock'",
                Integer.class) == 0) {
            assertThat(System.nanoTime()).as("a session waiting in GET_LOCK").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static int query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
