package dev.ryugaku.persistence.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded database used when no {@code spring.datasource.url} is configured.
 *
 * @param dir           where binaries and data are kept between runs
 * @param database      the schema to use
 * @param freshDatabase drop and recreate the schema on start (tests)
 */
@ConfigurationProperties("ryugaku.embedded-db")
public record EmbeddedDatabaseProperties(Path dir, String database, boolean freshDatabase) {

    public EmbeddedDatabaseProperties {
        dir = dir == null ? Path.of("data", "mariadb") : dir;
        database = database == null || database.isBlank() ? "ryugaku" : database;
    }
}
