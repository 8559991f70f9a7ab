package dev.ryugaku.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Serialises the schema migration of replicas that start together, with a server-side named lock
 * ({@code GET_LOCK}, MySQL and MariaDB alike) held around Liquibase's run.
 *
 * <p>Why not Liquibase's own lock: Liquibase creates {@code DATABASECHANGELOG} before it takes its
 * lock, so two replicas on an empty database can both try to create it and one fails its start
 * (liquibase/liquibase#5254). The named lock is per database and is released with its connection,
 * so a replica that dies mid-migration never leaves it held.
 */
public class SchemaMigrationLock implements BeanPostProcessor, DisposableBean {

    static final Duration WAIT = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrationLock.class);

    private Connection held;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            acquire(liquibase);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase) {
            release();
        }
        return bean;
    }

    /** A start that failed inside the migration ends here: the connection closes, the lock goes with it. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void acquire(SpringLiquibase liquibase) {
        try {
            held = liquibase.getDataSource().getConnection();
            try (PreparedStatement lock = held.prepareStatement("select get_lock(concat('ryugaku.migration.', database()), ?)")) {
                lock.setLong(1, WAIT.toSeconds());
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        throw new IllegalStateException("Another replica has been migrating the database schema for "
                                + WAIT.toMinutes() + " minutes; not starting until it has finished");
                    }
                }
            }
            log.debug("Schema migration lock taken");
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Could not take the schema migration lock", e);
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            try (PreparedStatement unlock = connection.prepareStatement("select release_lock(concat('ryugaku.migration.', database()))")) {
                unlock.execute();
            }
        } catch (SQLException e) {
            log.warn("Releasing the schema migration lock failed; it ends with its connection: {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
