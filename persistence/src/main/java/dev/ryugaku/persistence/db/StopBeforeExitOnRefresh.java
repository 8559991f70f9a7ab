package dev.ryugaku.persistence.db;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.SpringProperties;

/**
 * Stops the embedded server at the end of a refresh that Spring ends with {@code Runtime.halt}: the
 * training run of JDK's AOT cache ({@code -Dspring.context.exit=onRefresh}, decision 0025). Halting
 * runs no shutdown hook, so the server would outlive the JVM and hold its data directory, and the
 * next start on it would fail. Any other start is left alone.
 */
final class StopBeforeExitOnRefresh implements SmartInitializingSingleton {

    static final String EXIT_PROPERTY = "spring.context.exit";

    private final Runnable stop;
    private final String exit;

    StopBeforeExitOnRefresh(Runnable stop) {
        this(stop, SpringProperties.getProperty(EXIT_PROPERTY));
    }

    StopBeforeExitOnRefresh(Runnable stop, String exit) {
        this.stop = stop;
        this.exit = exit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if ("onRefresh".equals(exit)) {
            stop.run();
        }
    }
}
