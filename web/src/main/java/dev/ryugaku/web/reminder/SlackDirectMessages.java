package dev.ryugaku.web.reminder;

import dev.ryugaku.core.checkin.AttentionReason;
import dev.ryugaku.core.reminder.DeliveryDeferred;
import dev.ryugaku.core.reminder.DeliveryRefused;
import dev.ryugaku.core.reminder.ReminderContent;
import dev.ryugaku.core.reminder.ReminderMessage;
import dev.ryugaku.core.reminder.ReminderSlack;
import dev.ryugaku.core.reminder.SlackConnectionService;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.support.PublicLinks;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders as Slack direct messages through Slack's Web API with the connected workspace's bot
 * token: the recipient is found by e-mail ({@code users.lookupByEmail}, kept in memory), the message
 * posted with {@code chat.postMessage} as Block Kit — the same text as the mail, in the
 * recipient's language, with links back into the app. Slack's 429 defers the reminder by its
 * {@code Retry-After}; other failures are retried like a failed mail.
 */
@Component
class SlackDirectMessages implements ReminderSlack {

    /** Slack's limits: a header's text, a section's text. */
    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SlackConnectionService connection;
    private final ReminderMails mails;
    private final Translations translations;
    private final PublicLinks links;
    private final String apiUrl;
    private final RestClient.Builder http;
    private final Map<String, String> userIds = new ConcurrentHashMap<>();

    SlackDirectMessages(SlackConnectionService connection, ReminderMails mails, Translations translations,
                        PublicLinks links, @Value("${ryugaku.slack.api-url:https://slack.com/api}") String apiUrl) {
        this.connection = connection;
        this.mails = mails;
        this.translations = translations;
        this.links = links;
        this.apiUrl = apiUrl;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests);
    }

    /** The builder every call's client is built from; tests bind a fake Slack to it. */
    RestClient.Builder http() {
        return http;
    }

    @Override
    public boolean connected() {
        return connection.botToken().isPresent();
    }

    @Override
    public void send(ReminderMessage message) {
        String token = connection.botToken().orElseThrow(() -> new DeliveryRefused("Slack not connected"));
        String user = userId(token, message.recipient().email());
        ReminderMails.Mail mail = mails.compose(message);
        Map<String, Object> post = Map.of("channel", user, "text", mail.subject(), "unfurl_links", false,
                "blocks", blocks(mail.subject(), escape(mail.body())));
        JsonNode answer = call(token, http.build().post().uri(apiUrl + "/chat.postMessage")
                .contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(post)));
        if (!answer.path("ok").asBoolean(false)) {
            throw new IllegalStateException("Slack chat.postMessage: " + answer.path("error").asString("no answer"));
        }
    }

    @Override
    public Optional<Long> channelDigestOwner() {
        return connection.channel().map(SlackConnectionService.Channel::ownerId);
    }

    /**
     * The weekly digest in the program channel, in the connecting owner's language: how many
     * participants need attention and why, with a link to the queue; the names (each linked to the
     * rotation) only when the owner ticked it.
     */
    @Override
    public void post(ReminderMessage digest) {
        SlackConnectionService.Channel channel = connection.channel()
                .orElseThrow(() -> new DeliveryRefused("no Slack channel connected"));
        if (!(digest.content() instanceof ReminderContent.AttentionDigest attention)) {
            throw new DeliveryRefused("only the attention digest is posted to the channel");
        }
        Locale language = Translations.supported(digest.recipient().locale());
        String header = translations.getTranslation("slack.digest.header", language, attention.entries().size());
        String lines = channel.names()
                ? attention.entries().stream().map(entry -> translations.getTranslation("slack.digest.nameLine", language,
                        links.to("/enrollments/" + entry.enrollmentId()), escape(entry.participantName()),
                        escape(entry.cohortName()), reasons(entry.reasons(), language)))
                        .collect(Collectors.joining("\n"))
                : attention.entries().stream().flatMap(entry -> entry.reasons().stream())
                        .collect(Collectors.groupingBy(reason -> reason, () -> new EnumMap<>(AttentionReason.class),
                                Collectors.counting()))
                        .entrySet().stream().map(count -> translations.getTranslation("slack.digest.countLine", language,
                                translations.getTranslation(count.getKey().messageKey(), language), count.getValue()))
                        .collect(Collectors.joining("\n"));
        String body = lines + "\n\n" + translations.getTranslation("slack.digest.link", language, links.to("/"));
        // names are escaped one by one: the body holds Slack's own link syntax
        String json = JSON.writeValueAsString(Map.of("text", header, "blocks", blocks(header, body)));
        // an incoming webhook answers "ok" as plain text, and an error as plain text with a 4xx
        exchange(http.build().post().uri(channel.webhookUrl()).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    private String reasons(List<AttentionReason> reasons, Locale language) {
        return reasons.stream().map(reason -> translations.getTranslation(reason.messageKey(), language))
                .collect(Collectors.joining(translations.getTranslation("mail.reasonSeparator", language)));
    }

    /** A header with the subject, the body as a section (Slack turns its addresses into links). */
    static List<Map<String, Object>> blocks(String header, String mrkdwn) {
        return List.of(
                Map.of("type", "header", "text", Map.of("type", "plain_text", "text", cut(header, HEADER_MAX))),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", cut(mrkdwn, SECTION_MAX))));
    }

    private String userId(String token, String email) {
        String known = userIds.get(email);
        if (known != null) {
            return known;
        }
        JsonNode answer = call(token, http.build().get()
                .uri(apiUrl + "/users.lookupByEmail?email={email}", email));
        if (!answer.path("ok").asBoolean(false)) {
            String error = answer.path("error").asString("no answer");
            if ("users_not_found".equals(error)) {
                throw new DeliveryRefused("no Slack user with the person's e-mail address");
            }
            throw new IllegalStateException("Slack users.lookupByEmail: " + error);
        }
        String id = answer.path("user").path("id").asString("");
        if (id.isBlank()) {
            throw new IllegalStateException("Slack users.lookupByEmail: no user id");
        }
        userIds.put(email, id);
        return id;
    }

    private static JsonNode call(String token, RestClient.RequestHeadersSpec<?> request) {
        String body = exchange(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        return JSON.readTree(body == null ? "{}" : body);
    }

    /** The answer's body; Slack's 429 becomes a deferral by its {@code Retry-After}. */
    private static String exchange(RestClient.RequestHeadersSpec<?> request) {
        try {
            return request.retrieve().body(String.class);
        } catch (HttpClientErrorException.TooManyRequests limited) {
            throw new DeliveryDeferred("Slack rate limit", retryAfter(limited.getResponseHeaders()));
        }
    }

    /** Slack's {@code Retry-After} in seconds; a minute when it is missing or unreadable. */
    static Duration retryAfter(HttpHeaders headers) {
        String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        try {
            return Optional.ofNullable(value).map(String::strip).map(Long::parseLong).filter(s -> s > 0)
                    .map(Duration::ofSeconds).orElse(DEFAULT_WAIT);
        } catch (NumberFormatException notSeconds) {
            return DEFAULT_WAIT;
        }
    }

    /** Slack's mrkdwn needs only these three escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
