package dev.ryugaku.core.people;

import java.time.Instant;
import java.util.Optional;

public interface PasswordSetupTokenRepository {

    PasswordSetupToken save(PasswordSetupToken token);

    Optional<PasswordSetupToken> findByTokenHash(String tokenHash);

    /** Withdraws the person's unused links, when a new one is issued. */
    int expireUnusedFor(long personId, Instant now);
}
