package dev.ryugaku.core.reminder;

/** Seals secrets stored in the database (the Slack bot token) with a key from the configuration; implemented in web. */
public interface SecretSealer {

    /** Whether a key is configured: without one, no secret can be stored. */
    boolean ready();

    String seal(String secret);

    String open(String sealed);
}
