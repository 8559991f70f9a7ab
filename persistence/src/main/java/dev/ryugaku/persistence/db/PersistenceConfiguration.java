package dev.ryugaku.persistence.db;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The persistence module as one import: entities from core, repositories from here, the database. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "dev.ryugaku.core")
@EnableJpaRepositories(basePackages = "dev.ryugaku.persistence")
@Import(EmbeddedDatabaseConfiguration.class)
public class PersistenceConfiguration {
}
