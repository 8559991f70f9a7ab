package dev.ryugaku.core.reminder;

/** A reminder that cannot be delivered on its channel and never will be (no Slack account for the address …): skipped. */
public class DeliveryRefused extends RuntimeException {

    public DeliveryRefused(String reason) {
        super(reason);
    }
}
