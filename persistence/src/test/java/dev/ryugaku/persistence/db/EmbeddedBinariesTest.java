package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A build without MariaDB's binaries (the production image) started with no database says what to set. */
class EmbeddedBinariesTest {

    private final ClassLoader withoutBinaries = new URLClassLoader(new URL[0], null);

    @Test
    void theDevelopmentBuildCarriesTheBinaries() {
        assertThat(EmbeddedBinaries.present(getClass().getClassLoader())).isTrue();
    }

    @Test
    void withoutBinariesAndWithoutADatabaseTheStartStopsNamingTheSettingsToSet() {
        assertThat(EmbeddedBinaries.present(withoutBinaries)).isFalse();
        assertThatThrownBy(() -> EmbeddedBinaries.requirePresent(withoutBinaries))
                .isInstanceOf(EmbeddedBinaries.Missing.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("no embedded MariaDB");

        FailureAnalysis analysis = new MissingDatabaseFailureAnalyzer().analyze(new EmbeddedBinaries.Missing());
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "deploy/README.md");
    }
}
