package dev.ryugaku.core.api;

import java.time.Instant;

/** A token as the lists show it: never its secret. */
public record AccessTokenRow(long id, long personId, String personName, String name, boolean write, Instant createdAt,
                             Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    /** Whether the token authenticates at {@code now}. */
    public boolean worksAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
