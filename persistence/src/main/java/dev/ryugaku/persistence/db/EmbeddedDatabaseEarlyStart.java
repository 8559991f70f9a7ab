package dev.ryugaku.persistence.db;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB on a background thread as soon as the settings are known, before the
 * context is built, so that installing and starting it (seconds) overlaps with creating the beans
 * that do not need it; the data source's bean waits for it ({@link EmbeddedMariaDb#acquire}). Added
 * by the application's {@code main}, so test contexts keep starting it when they need it.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private Path started;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent && started != null) {
            // a start that failed before the database bean took the server over: stop it, or the JVM lives on
            EmbeddedMariaDb.abandonBackgroundStart(started);
        }
    }

    private void start(ConfigurableEnvironment environment) {
        if (!NoDataSourceUrlConfigured.isEmbedded(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bind("ryugaku.embedded-db", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, null, false));
        started = properties.dir();
        EmbeddedMariaDb.startInBackground(started);
    }
}
