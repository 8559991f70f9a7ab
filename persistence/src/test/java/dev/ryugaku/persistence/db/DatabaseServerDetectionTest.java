package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MariaDB is recognised by what VERSION() answers; MySQL is left to Hibernate's own detection. */
class DatabaseServerDetectionTest {

    @Test
    void mariaDbIsRecognisedWithItsVersion() {
        assertThat(DatabaseServerDetection.mariaDb("11.4.5-MariaDB"))
                .contains(new DatabaseServerDetection.Version(11, 4));
        assertThat(DatabaseServerDetection.mariaDb("10.11.6-MariaDB-0+deb12u1-log"))
                .contains(new DatabaseServerDetection.Version(10, 11));
        assertThat(DatabaseServerDetection.mariaDb("5.5.5-11.4.5-MariaDB"))
                .contains(new DatabaseServerDetection.Version(11, 4));
    }

    @Test
    void mySqlIsNotMistakenForMariaDb() {
        assertThat(DatabaseServerDetection.mariaDb("8.4.3")).isEmpty();
        assertThat(DatabaseServerDetection.mariaDb("8.0.36-0ubuntu0.22.04.1")).isEmpty();
    }
}
