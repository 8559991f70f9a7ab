package dev.ryugaku.persistence.db;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.stereotype.Repository;

/**
 * The persistence module as one import: entities from core, Spring Data repositories and the
 * hand-written {@code @Repository} queries from here, and the database.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "dev.ryugaku.core")
@EnableJpaRepositories(basePackages = "dev.ryugaku.persistence")
@ComponentScan(basePackages = "dev.ryugaku.persistence",
        includeFilters = @ComponentScan.Filter(Repository.class), useDefaultFilters = false)
@Import(EmbeddedDatabaseConfiguration.class)
public class PersistenceConfiguration {

    /** MariaDB, embedded or external, gets MariaDB's dialect with no setting; MySQL is left to Hibernate. */
    @Bean
    DatabaseServerDetection databaseServerDetection(DataSource dataSource, Environment environment) {
        return new DatabaseServerDetection(dataSource, environment);
    }

    /** Replicas starting together on an empty database migrate it one after the other. */
    @Bean
    static SchemaMigrationLock schemaMigrationLock() {
        return new SchemaMigrationLock();
    }
}
