package dev.ryugaku.web.reminder;

import dev.ryugaku.core.checkin.AttentionReason;
import dev.ryugaku.core.reminder.DeliveryDeferred;
import dev.ryugaku.core.reminder.DeliveryRefused;
import dev.ryugaku.core.reminder.ReminderContent;
import dev.ryugaku.core.reminder.ReminderMessage;
import dev.ryugaku.core.reminder.ReminderSlack;
import dev.ryugaku.core.reminder.SlackConnectionService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.support.PublicLinks;
import java.math.BigDecimal;
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
 * recipient's language, with links back into the app — and posts to the program channel through
 * its incoming webhook. Slack's 429 defers the reminder by its {@code Retry-After}; other failures
 * are retried like a failed mail.
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
     * A post to the program channel, in the language of the owner who connected it: the weekly
     * digest, a cohort that started, a rotation that graduated or a task done with its measured
     * impact — a header and a section, with a link back into the app.
     */
    @Override
    public void post(ReminderMessage post) {
        SlackConnectionService.Channel channel = connection.channel()
                .orElseThrow(() -> new DeliveryRefused("no Slack channel connected"));
        Locale language = Translations.supported(post.recipient().locale());
        ChannelPost text = switch (post.content()) {
            case ReminderContent.AttentionDigest attention -> digest(attention, channel.names(), language);
            case ReminderContent.CohortStarted cohort -> new ChannelPost(
                    translations.getTranslation("slack.post.cohortStarted.header", language, cohort.cohortName()),
                    translations.getTranslation("slack.post.cohortStarted.body", language,
                            Formats.date(cohort.startDate(), language), Formats.date(cohort.endDate(), language),
                            cohort.participants().size(), names(cohort.participants(), language),
                            names(cohort.mentors(), language), links.to("/cohorts/" + cohort.cohortId())));
            case ReminderContent.RotationGraduated rotation -> new ChannelPost(
                    translations.getTranslation("slack.post.rotationGraduated.header", language,
                            rotation.participantName(), rotation.cohortName()),
                    translations.getTranslation("slack.post.rotationGraduated.body", language,
                            names(rotation.mentors(), language), links.to("/enrollments/" + rotation.enrollmentId())));
            case ReminderContent.TaskDone task -> new ChannelPost(
                    translations.getTranslation("slack.post.taskDone.header", language, task.title()),
                    translations.getTranslation("slack.post.taskDone.body", language,
                            names(task.assigneeName() == null ? List.of() : List.of(task.assigneeName()), language),
                            impact(task, language), links.to("/tasks/" + task.taskId())));
            default -> throw new DeliveryRefused("nothing to post to the channel for " + post.kind());
        };
        String json = JSON.writeValueAsString(Map.of("text", text.header(), "blocks", blocks(text.header(), text.body())));
        // an incoming webhook answers "ok" as plain text, and an error as plain text with a 4xx
        exchange(http.build().post().uri(channel.webhookUrl()).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    /** A channel post's header (plain text) and body (mrkdwn, every name in it escaped). */
    private record ChannelPost(String header, String body) {
    }

    /**
     * The weekly digest: how many participants need attention and why, with a link to the queue;
     * the names (each linked to the rotation) only when the owner ticked it.
     */
    private ChannelPost digest(ReminderContent.AttentionDigest attention, boolean names, Locale language) {
        String header = translations.getTranslation("slack.digest.header", language, attention.entries().size());
        String lines = names
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
        return new ChannelPost(header,
                lines + "\n\n" + translations.getTranslation("slack.digest.link", language, links.to("/")));
    }

    /** Names, escaped, in the language's list style; "none" for an empty list. */
    private String names(List<String> names, Locale language) {
        return names.isEmpty() ? translations.getTranslation("slack.post.none", language)
                : names.stream().map(SlackDirectMessages::escape)
                        .collect(Collectors.joining(translations.getTranslation("slack.post.nameSeparator", language)));
    }

    /** The savings as the task page shows them (円／月, toil hours per month), or "not measured". */
    private String impact(ReminderContent.TaskDone task, Locale language) {
        if (task.costSavedPerMonth() == null && task.toilHoursSavedPerMonth() == null) {
            return translations.getTranslation("slack.post.taskDone.notMeasured", language);
        }
        return translations.getTranslation("task.impact", language, plain(task.costSavedPerMonth()),
                plain(task.toilHoursSavedPerMonth()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
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
