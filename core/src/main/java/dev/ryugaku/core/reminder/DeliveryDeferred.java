package dev.ryugaku.core.reminder;

import java.time.Duration;

/** The receiving service asked to wait (Slack's 429 with {@code Retry-After}): tried again no sooner. */
public class DeliveryDeferred extends RuntimeException {

    private final Duration wait;

    public DeliveryDeferred(String message, Duration wait) {
        super(message);
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }
}
