package dev.ryugaku.core.people;

import java.time.Instant;

/**
 * A password-setup link was issued, inside the transaction that issued it. The token is only in
 * this event and in what the owner sees: the database holds its hash.
 */
public record PasswordSetupIssued(long personId, long tokenId, String token, Instant expiresAt, boolean replacesPassword) {

    @Override
    public String toString() {
        // never the token: events end up in logs
        return "PasswordSetupIssued[personId=" + personId + ", tokenId=" + tokenId + "]";
    }
}
