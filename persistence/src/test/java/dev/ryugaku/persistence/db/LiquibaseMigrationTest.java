package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import dev.ryugaku.persistence.PersistenceTestApplication;

/**
 * The changelog applies to an empty database, rolls back to empty, and applies again: every
 * changeset carries a working rollback. Runs on a schema of its own beside the test schema.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class LiquibaseMigrationTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    @Autowired(required = false)
    EmbeddedMariaDb embedded;

    @Value("${spring.datasource.url:}")
    String externalUrl;

    @Value("${spring.datasource.username:root}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void changelogAppliesToEmptyRollsBackToEmptyAndAppliesAgain() throws Exception {
        String url = scratchDatabaseUrl();

        update(url);
        List<String> tables = applicationTables(url);
        assertThat(tables).contains("cohort", "person", "team", "enrollment", "audit_event");

        rollbackCount(url, appliedChangeSets(url));
        assertThat(applicationTables(url)).isEmpty();
        assertThat(appliedChangeSets(url)).isZero();

        update(url);
        assertThat(applicationTables(url)).containsExactlyInAnyOrderElementsOf(tables);
    }

    private String scratchDatabaseUrl() throws SQLException {
        if (embedded != null) {
            embedded.createDatabase("ryugaku_migration_test", true);
            return embedded.jdbcUrl("ryugaku_migration_test");
        }
        // an external server: a sibling schema of the configured one
        String base = externalUrl.replaceFirst("/[^/?]*(\\?|$)", "/$1");
        try (Connection connection = DriverManager.getConnection(base, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS ryugaku_migration_test");
            statement.execute("CREATE DATABASE ryugaku_migration_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return externalUrl.replaceFirst("/[^/?]*(\\?|$)", "/ryugaku_migration_test$1");
    }

    private void update(String url) throws Exception {
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, url)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, username)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, password)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
    }

    private void rollbackCount(String url, int count) throws Exception {
        new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, url)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, username)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, password)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                .execute();
    }

    private List<String> applicationTables(String url) throws SQLException {
        return strings(url, """
                select table_name from information_schema.tables
                where table_schema = database() and lower(table_name) not like 'databasechangelog%'
                """);
    }

    private int appliedChangeSets(String url) throws SQLException {
        return Integer.parseInt(strings(url, "select count(*) from DATABASECHANGELOG").getFirst());
    }

    private List<String> strings(String url, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getString(1).toLowerCase());
            }
        }
        return result;
    }
}
