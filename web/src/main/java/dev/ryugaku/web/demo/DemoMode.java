package dev.ryugaku.web.demo;

import dev.ryugaku.persistence.db.NoDataSourceUrlConfigured;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode seeds a realistic program with known accounts. It is on by default with the embedded
 * database, off when an external database is configured, and {@code ryugaku.demo-data} decides
 * when set.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        boolean embedded = NoDataSourceUrlConfigured.isEmbedded(environment.getProperty("spring.datasource.url"));
        this.enabled = environment.getProperty("ryugaku.demo-data", Boolean.class, embedded);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
