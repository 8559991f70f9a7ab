package dev.ryugaku.core.api;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.security.SecretTokens;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. Each person creates, lists and revokes their own; program
 * owners list and revoke anyone's. A token acts as its person, so every service decides on its
 * calls as it does for the person in the browser; a deactivated person's tokens stop at once.
 */
@Service
public class AccessTokens {

    public static final String RECORD_TYPE = "AccessToken";

    /** Every secret starts so, which lets secret scanners and people recognise one. */
    public static final String PREFIX = "ryu_pat_";

    /** How often a token's last use is written at most: an API client calling in a loop costs no write per call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    public AccessTokens(AccessTokenRepository tokens, PersonRepository people, CurrentActor currentActor,
                        AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new token of the signed-in person; its secret is in the answer only. */
    @Transactional
    public NewAccessToken create(AccessTokenDraft draft) {
        Actor actor = currentActor.get();
        InvalidInputException.throwIfAny(AccessTokenRules.check(draft, actor.today(clock)));
        Person person = people.findById(actor.personId())
                .orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_TYPE, actor.personId()));
        String secret = PREFIX + SecretTokens.generate();
        Instant expiresAt = draft.getExpiresOn().plusDays(1).atStartOfDay(actor.zone()).toInstant();
        AccessToken token = tokens.save(new AccessToken(person, draft.getName().strip(), draft.isWrite(),
                SecretTokens.hash(secret), clock.instant(), expiresAt));
        auditLog.record(actor, "ACCESS_TOKEN_CREATED", RECORD_TYPE, token.getId(), List.of(
                new FieldChange("name", "", token.getName()), new FieldChange("scopes", "", scopes(token.isWrite()))));
        return new NewAccessToken(secret, row(token));
    }

    /** The signed-in person's tokens, revoked and expired ones included, newest first. */
    @Transactional(readOnly = true)
    public List<AccessTokenRow> mine() {
        return tokens.findRowsOfPerson(currentActor.get().personId());
    }

    /** Everyone's tokens that are not revoked, newest first; program owners only. */
    @Transactional(readOnly = true)
    public List<AccessTokenRow> everyones() {
        currentActor.requiring(Role.PROGRAM_OWNER);
        return tokens.findUnrevokedRows();
    }

    /** Stops a token at once: the person's own, or anyone's for a program owner. Anyone else's is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        Actor actor = currentActor.get();
        AccessToken token = tokens.findById(tokenId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, tokenId));
        if (token.getPerson().getId() != actor.personId() && !actor.isOwner()) {
            throw AccessDenials.hidden(actor, "revoke", RECORD_TYPE, tokenId);
        }
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            auditLog.record(actor, "ACCESS_TOKEN_REVOKED", RECORD_TYPE, tokenId);
        }
    }

    /**
     * Who a secret acts for: empty for an unknown, malformed, revoked or expired one and for a
     * deactivated person's. Notes the use (to the minute). No sign-in needed: the secret is the key.
     */
    @Transactional
    public Optional<TokenHolder> authenticate(String secret) {
        if (!SecretTokens.isPlausible(secret) || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenHolder> holder = tokens.findHolder(SecretTokens.hash(secret), now);
        holder.ifPresent(found -> tokens.markUsed(found.tokenId(), now, now.minus(LAST_USE_PRECISION)));
        return holder;
    }

    /**
     * Records a write made through the API with the token that made it: the service's own event
     * names the person, this one the token, the method and the address. It is kept under the token,
     * or under the person for a single sign-on JWT, which has no token record.
     */
    @Transactional
    public void recordApiWrite(TokenHolder holder, String method, String path, int status) {
        boolean jwt = holder.tokenId() == 0;
        auditLog.record(currentActor.get(), "API_WRITE", jwt ? PersonService.RECORD_TYPE : RECORD_TYPE,
                jwt ? holder.personId() : holder.tokenId(), List.of(
                new FieldChange("token", "", holder.tokenName()),
                new FieldChange("request", "", method + " " + path),
                new FieldChange("status", "", String.valueOf(status))));
    }

    /** The scopes as the API names them. */
    public static String scopes(boolean write) {
        return write ? "read write" : "read";
    }

    private static AccessTokenRow row(AccessToken token) {
        return new AccessTokenRow(token.getId(), token.getPerson().getId(), token.getPerson().getDisplayName(),
                token.getName(), token.isWrite(), token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(),
                token.getRevokedAt());
    }
}
