package dev.ryugaku.persistence;

import dev.ryugaku.persistence.db.PersistenceConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The persistence module on its own: Boot's JPA, Liquibase and data source set-up, nothing else. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PersistenceConfiguration.class)
public class PersistenceTestApplication {
}
