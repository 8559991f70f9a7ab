package dev.ryugaku.core.reminder;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connecting the program's Slack workspace, for program owners: the bot token that sends reminders
 * as direct messages is stored sealed and never shown again, only its last four characters.
 */
@Service
public class SlackConnectionService {

    static final String RECORD_TYPE = "SlackConnection";
    /** A bot token as Slack issues them: {@code xoxb-} and letters, digits and dashes. */
    static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]{10,250}");

    private final SlackConnectionRepository connections;
    private final SecretSealer sealer;
    private final CurrentActor currentActor;
    private final Clock clock;

    public SlackConnectionService(SlackConnectionRepository connections, SecretSealer sealer, CurrentActor currentActor,
                                  Clock clock) {
        this.connections = connections;
        this.sealer = sealer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** What an owner sees: whether a workspace is connected, and which token (its end only). */
    public record Status(long version, boolean connected, String tokenHint, Instant connectedAt, boolean sealingKey) {
    }

    @Transactional(readOnly = true)
    public Status status() {
        currentActor.requiring(Role.PROGRAM_OWNER);
        Optional<SlackConnection> stored = connections.findById(SlackConnection.THE_ONE);
        return new Status(stored.map(SlackConnection::getVersion).orElse(ReminderPreferences.NEVER_SAVED),
                stored.isPresent(), stored.map(SlackConnection::getTokenHint).orElse(null),
                stored.map(SlackConnection::getConnectedAt).orElse(null), sealer.ready());
    }

    /**
     * Stores (or replaces) the bot token, sealed.
     *
     * @throws InvalidInputException when it is not a bot token, or no sealing key is configured
     */
    @Transactional
    public void connect(long expectedVersion, String botToken) {
        Actor actor = currentActor.requiring(Role.PROGRAM_OWNER);
        String token = botToken == null ? "" : botToken.strip();
        if (!sealer.ready()) {
            throw new InvalidInputException(List.of(Violation.of("botToken", SlackProblem.NO_SEALING_KEY)));
        }
        if (!BOT_TOKEN.matcher(token).matches()) {
            throw new InvalidInputException(List.of(Violation.of("botToken", SlackProblem.TOKEN_FORMAT)));
        }
        Optional<SlackConnection> stored = connections.findById(SlackConnection.THE_ONE);
        Versions.require(stored.map(SlackConnection::getVersion).orElse(ReminderPreferences.NEVER_SAVED), expectedVersion,
                RECORD_TYPE, SlackConnection.THE_ONE);
        String sealed = sealer.seal(token);
        String hint = token.substring(token.length() - 4);
        if (stored.isPresent()) {
            stored.get().replace(sealed, hint, actor.personId(), clock.instant());
        } else {
            connections.save(new SlackConnection(sealed, hint, actor.personId(), clock.instant()));
        }
    }

    /** Forgets the token: reminders go by e-mail only again. */
    @Transactional
    public void disconnect(long expectedVersion) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        connections.findById(SlackConnection.THE_ONE).ifPresent(stored -> {
            Versions.require(stored.getVersion(), expectedVersion, RECORD_TYPE, SlackConnection.THE_ONE);
            connections.delete(stored);
        });
    }

    /** The bot token in clear, for the sender only (a system call: no actor). */
    @Transactional(readOnly = true)
    public Optional<String> botToken() {
        return connections.findById(SlackConnection.THE_ONE).map(c -> sealer.open(c.getBotTokenSealed()));
    }
}
