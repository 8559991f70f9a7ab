package dev.ryugaku.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.persistence.db.EmbeddedMariaDb;
import dev.ryugaku.web.RyugakuApplication;
import dev.ryugaku.web.RyugakuTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of one's own, set up the README's way: only the JDBC URL, user and password (and the
 * first owner). MariaDB works without naming a dialect, in MySQL 8.4's sql_mode; two replicas
 * starting at once on an empty database both come up and migrate it once. The replicas use a
 * database of their own on the test JVM's server, reached as an external one.
 */
@RyugakuTest
class ExternalDatabaseTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theServerRunsInMySql84sDefaultSqlMode() {
        assertThat(jdbc.queryForObject("select @@SESSION.sql_mode", String.class).split(","))
                .containsExactlyInAnyOrder(EmbeddedMariaDb.MYSQL_84_SQL_MODE.split(","));
    }

    @Test
    void twoReplicasStartingTogetherOnAnEmptyDatabaseBothComeUpWithMariaDbsDialectAndMigrateItOnce() throws Exception {
        EmbeddedMariaDb server = OutageDatabase.server(embedded);
        String database = "ryugaku_replicas";
        server.createDatabase(database, true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> replicas = new ArrayList<>();
        try {
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starting.add(threads.submit(() -> replica(OutageDatabase.url(server, database))));
            }
            for (Future<ConfigurableApplicationContext> replica : starting) {
                replicas.add(replica.get(5, TimeUnit.MINUTES));
            }
            JdbcTemplate replicaDb = replicas.getFirst().getBean(JdbcTemplate.class);
            assertThat(replicaDb.queryForList("""
                    select concat(id, ' ', author, ' ', filename) from DATABASECHANGELOG
                    group by id, author, filename having count(*) > 1""", String.class)).isEmpty();
            assertThat(replicaDb.queryForObject("select count(*) from DATABASECHANGELOG", Long.class)).isGreaterThan(20);
            assertThat(replicaDb.queryForObject("select locked from DATABASECHANGELOGLOCK", Boolean.class)).isFalse();
            assertThat(replicaDb.queryForList("select login_name from person", String.class))
                    .containsExactly("first.owner@example.com");
            assertThat(replicas).allMatch(ConfigurableApplicationContext::isRunning);
            assertThat(replicas.getFirst().getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices().getDialect()).as("MariaDB's dialect with no setting").isInstanceOf(MariaDBDialect.class);
        } finally {
            replicas.forEach(ConfigurableApplicationContext::close);
            threads.shutdownNow();
        }
    }

    /**
     * One replica as an operator would start it: the README's settings only, jobs off to keep the test
     * cheap. The replicas share the test JVM's logging as it is: two applications setting up the one
     * logging system at the same moment on two threads trip over each other, which two processes
     * never do.
     */
    private static ConfigurableApplicationContext replica(String url) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(RyugakuApplication.class);
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--ryugaku.bootstrap-owner.email=first.owner@example.com",
                "--ryugaku.bootstrap-owner.password=correct horse battery",
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--ryugaku.jobs.missed-check-ins.cron=-",
                "--ryugaku.jobs.reminders.cron=-",
                "--ryugaku.jobs.reminder-retries.cron=-");
    }
}
