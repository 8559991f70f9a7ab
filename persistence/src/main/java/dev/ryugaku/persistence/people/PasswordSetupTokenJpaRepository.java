package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.PasswordSetupToken;
import dev.ryugaku.core.people.PasswordSetupTokenRepository;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordSetupTokenJpaRepository extends JpaRepository<PasswordSetupToken, Long>, PasswordSetupTokenRepository {

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update PasswordSetupToken t set t.expiresAt = :now where t.person.id = :personId and t.usedAt is null and t.expiresAt > :now")
    int expireUnusedFor(@Param("personId") long personId, @Param("now") Instant now);
}
