package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.SecretTokens;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password-setup links: issued for new accounts (the owner passes the link on), used once
 * by the person to choose a password, valid for a week. For an account that has a password already
 * the link is mailed to the person only, and using it ends their sessions and tells them by mail.
 */
@Service
public class PasswordSetup {

    public static final Duration VALIDITY = Duration.ofDays(7);

    private final PasswordSetupTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PasswordSetup(PasswordSetupTokenRepository tokens, PasswordEncoder passwordEncoder, AuditLog auditLog,
                         Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A new link token for the person; earlier unused ones stop working. Callers check permission.
     * The link is also mailed to the person once the transaction commits ({@link PasswordSetupIssued}).
     */
    @Transactional
    IssuedLink issue(Person person) {
        Instant now = clock.instant();
        tokens.expireUnusedFor(person.getId(), now);
        String token = SecretTokens.generate();
        PasswordSetupToken saved = tokens.save(new PasswordSetupToken(person, SecretTokens.hash(token), now, now.plus(VALIDITY)));
        events.publishEvent(new PasswordSetupIssued(person.getId(), saved.getId(), token, now.plus(VALIDITY),
                person.getPasswordHash() != null));
        // a link that would replace a password goes to the person only: whoever holds it holds the account
        return new IssuedLink(person.getId(), person.getDisplayName(),
                person.getPasswordHash() == null ? token : null, now.plus(VALIDITY));
    }

    /** The name of the person the link is for, while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<String> personFor(String token) {
        return usable(token).map(t -> t.getPerson().getDisplayName());
    }

    /** Sets the password and uses up the link. */
    @Transactional
    public void choosePassword(String token, String password, String confirmation) {
        PasswordSetupToken setup = usable(token).orElseThrow(() ->
                new InvalidInputException(List.of(Violation.of("", PasswordProblem.LINK_INVALID))));
        Person person = setup.getPerson();
        List<Violation> problems = PasswordRules.check(password, confirmation, person.getLoginName(), person.getEmail());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean replaced = person.getPasswordHash() != null;
        person.setPasswordHash(passwordEncoder.encode(password));
        setup.use(clock.instant());
        events.publishEvent(new PasswordChanged(person.getId(), false, replaced, clock.instant()));
        auditLog.record(new Actor(person.getId(), person.getDisplayName(), person.getRoles(), person.getZone()),
                "PASSWORD_SET", PersonService.RECORD_TYPE, person.getId());
    }

    private Optional<PasswordSetupToken> usable(String token) {
        if (!SecretTokens.isPlausible(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(SecretTokens.hash(token))
                .filter(t -> t.isUsableAt(clock.instant()) && t.getPerson().isActive());
    }

    /**
     * A link just issued: the token is shown once and never stored. For an account that has a
     * password already the token is null: the link was only mailed to the person.
     */
    public record IssuedLink(long personId, String displayName, String token, Instant expiresAt) {

        public boolean mailedOnly() {
            return token == null;
        }
    }
}
