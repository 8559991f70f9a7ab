package dev.ryugaku.persistence.db;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts MariaDB in-process when no database is configured, and hands Boot its connection details,
 * so the data source, Liquibase and JPA are configured exactly as for an external MySQL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.acquire(properties.dir());
        server.createDatabase(properties.database(), properties.freshDatabase());
        return server;
    }

    /** A training run for the AOT cache halts the JVM after the refresh: the server stops first. */
    @Bean
    SmartInitializingSingleton stopEmbeddedMariaDbBeforeExitOnRefresh(EmbeddedMariaDb server) {
        return new StopBeforeExitOnRefresh(server::stopServer);
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedMariaDb server, EmbeddedDatabaseProperties properties) {
        String url = server.jdbcUrl(properties.database());
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
