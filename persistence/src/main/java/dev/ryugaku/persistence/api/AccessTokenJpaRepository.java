package dev.ryugaku.persistence.api;

import dev.ryugaku.core.api.AccessToken;
import dev.ryugaku.core.api.AccessTokenRepository;
import dev.ryugaku.core.api.AccessTokenRow;
import dev.ryugaku.core.api.TokenHolder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Access tokens: the lists and the look-up by hash are one projection query each. */
interface AccessTokenJpaRepository extends JpaRepository<AccessToken, Long>, AccessTokenRepository {

    @Override
    @Query("""
            select new dev.ryugaku.core.api.AccessTokenRow(t.id, p.id, p.displayName, t.name, t.write, t.createdAt,
                t.expiresAt, t.lastUsedAt, t.revokedAt)
            from AccessToken t join t.person p where p.id = :personId order by t.createdAt desc, t.id desc
            """)
    List<AccessTokenRow> findRowsOfPerson(@Param("personId") long personId);

    @Override
    @Query("""
            select new dev.ryugaku.core.api.AccessTokenRow(t.id, p.id, p.displayName, t.name, t.write, t.createdAt,
                t.expiresAt, t.lastUsedAt, t.revokedAt)
            from AccessToken t join t.person p where t.revokedAt is null order by t.createdAt desc, t.id desc
            """)
    List<AccessTokenRow> findUnrevokedRows();

    @Override
    @Query("""
            select new dev.ryugaku.core.api.TokenHolder(t.id, t.name, t.write, p.id)
            from AccessToken t join t.person p
            where t.secretHash = :secretHash and t.revokedAt is null and t.expiresAt > :now and p.active = true
            """)
    Optional<TokenHolder> findHolder(@Param("secretHash") String secretHash, @Param("now") Instant now);

    @Override
    @Modifying
    @Query("""
            update AccessToken t set t.lastUsedAt = :now
            where t.id = :tokenId and (t.lastUsedAt is null or t.lastUsedAt < :notedBefore)
            """)
    int markUsed(@Param("tokenId") long tokenId, @Param("now") Instant now, @Param("notedBefore") Instant notedBefore);
}
