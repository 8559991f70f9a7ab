package dev.ryugaku.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Access tokens; implemented in the persistence module. */
public interface AccessTokenRepository {

    AccessToken save(AccessToken token);

    Optional<AccessToken> findById(Long id);

    /** The person's tokens, revoked ones included, newest first. */
    List<AccessTokenRow> findRowsOfPerson(long personId);

    /** Every person's tokens not revoked, newest first: what an owner reviews. */
    List<AccessTokenRow> findUnrevokedRows();

    /** Who a secret's hash authenticates: a token neither revoked nor expired, of an active person. */
    Optional<TokenHolder> findHolder(String secretHash, Instant now);

    /** Notes the token's use; returns how many rows changed (none when it was noted less than a minute ago). */
    int markUsed(long tokenId, Instant now, Instant notedBefore);
}
