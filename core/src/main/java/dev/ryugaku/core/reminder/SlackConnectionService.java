package dev.ryugaku.core.reminder;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.ConcurrentEditException;
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
    /** An incoming webhook's address as Slack issues them. */
    static final Pattern WEBHOOK = Pattern.compile("https://hooks\\.slack\\.com/services/[A-Za-z0-9/_-]{10,300}");

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
    public record Status(long version, boolean connected, String tokenHint, Instant connectedAt, boolean sealingKey,
                         boolean channelConnected, boolean digestNames) {
    }

    /** Where the weekly digest is posted, whose digest it is (the owner who connected Slack) and whether it names people. */
    public record Channel(String webhookUrl, long ownerId, boolean names) {
    }

    @Transactional(readOnly = true)
    public Status status() {
        currentActor.requiring(Role.PROGRAM_OWNER);
        Optional<SlackConnection> stored = connections.findById(SlackConnection.THE_ONE);
        return new Status(stored.map(SlackConnection::getVersion).orElse(ReminderPreferences.NEVER_SAVED),
                stored.isPresent(), stored.map(SlackConnection::getTokenHint).orElse(null),
                stored.map(SlackConnection::getConnectedAt).orElse(null), sealer.ready(),
                stored.map(c -> c.getWebhookUrlSealed() != null).orElse(false),
                stored.map(SlackConnection::isDigestNames).orElse(false));
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

    /**
     * Sets the program channel's incoming webhook (a blank address keeps the stored one; {@code remove}
     * forgets it) and whether the weekly digest posted there names the participants.
     *
     * @throws InvalidInputException when the address is not a Slack incoming webhook
     */
    @Transactional
    public void updateChannel(long expectedVersion, String webhookUrl, boolean remove, boolean names) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        SlackConnection stored = connections.findById(SlackConnection.THE_ONE)
                .orElseThrow(() -> new ConcurrentEditException(RECORD_TYPE, SlackConnection.THE_ONE));
        Versions.require(stored.getVersion(), expectedVersion, RECORD_TYPE, SlackConnection.THE_ONE);
        String url = webhookUrl == null ? "" : webhookUrl.strip();
        String sealed = stored.getWebhookUrlSealed();
        if (remove) {
            sealed = null;
        } else if (!url.isEmpty()) {
            if (!WEBHOOK.matcher(url).matches()) {
                throw new InvalidInputException(List.of(Violation.of("webhookUrl", SlackProblem.WEBHOOK_FORMAT)));
            }
            sealed = sealer.seal(url);
        }
        stored.channel(sealed, names);
    }

    /** The channel to post the weekly digest to, for the sender only (a system call: no actor). */
    @Transactional(readOnly = true)
    public Optional<Channel> channel() {
        return connections.findById(SlackConnection.THE_ONE).filter(c -> c.getWebhookUrlSealed() != null)
                .map(c -> new Channel(sealer.open(c.getWebhookUrlSealed()), c.getConnectedBy(), c.isDigestNames()));
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
