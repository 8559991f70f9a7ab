package dev.ryugaku.persistence.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Tells Hibernate it talks to MariaDB when it does. Through MySQL Connector/J a MariaDB server
 * introduces itself as MySQL "5.5.5-…", and Connector/J's metadata asks for
 * {@code INFORMATION_SCHEMA.KEYWORDS}, which MariaDB lacks: Hibernate then stops with "Unable to
 * determine Dialect without JDBC metadata". {@code SELECT VERSION()} answers "11.4.5-MariaDB…" there
 * and "8.4.x" on MySQL, whose detection is left to Hibernate. A dialect configured by hand wins.
 */
public final class DatabaseServerDetection implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServerDetection.class);
    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)[^-]*-MariaDB.*",
            Pattern.CASE_INSENSITIVE);

    private final DataSource dataSource;
    private final Environment environment;

    public DatabaseServerDetection(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        if (dialectConfigured(hibernateProperties)) {
            return;
        }
        serverVersion().flatMap(DatabaseServerDetection::mariaDb).ifPresent(version -> {
            // the dialect must be named (Hibernate warns that it need not be, but without it Hibernate
            // reads JDBC metadata, which fails on MariaDB); the version is read from the server
            hibernateProperties.put("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
            hibernateProperties.put("jakarta.persistence.database-product-name", "MariaDB");
            hibernateProperties.put("jakarta.persistence.database-major-version", Integer.toString(version.major()));
            hibernateProperties.put("jakarta.persistence.database-minor-version", Integer.toString(version.minor()));
        });
    }

    /** The major and minor version of a MariaDB server, from its {@code VERSION()}; empty for anything else. */
    static Optional<Version> mariaDb(String serverVersion) {
        Matcher matcher = MARIADB_VERSION.matcher(serverVersion);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    record Version(int major, int minor) {
    }

    private boolean dialectConfigured(Map<String, Object> hibernateProperties) {
        return hibernateProperties.containsKey("hibernate.dialect")
                || StringUtils.hasText(environment.getProperty("spring.jpa.database-platform"));
    }

    private Optional<String> serverVersion() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT VERSION()")) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            log.warn("Could not ask the database server for its version ({}); Hibernate detects it", e.toString());
            return Optional.empty();
        }
    }
}
