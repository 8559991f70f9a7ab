package dev.ryugaku.persistence.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "no database and no embedded one" into Boot's short start-up failure report with the fix. */
class MissingDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedBinaries.Missing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedBinaries.Missing cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to your MySQL 8.4 "
                        + "database (deploy/README.md), or run the build with the embedded database "
                        + "(./mvnw -Pproduction package, without -Pwithout-embedded-db) for a demo.",
                cause);
    }
}
