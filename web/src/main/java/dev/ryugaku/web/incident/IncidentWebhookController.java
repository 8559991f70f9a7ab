package dev.ryugaku.web.incident;

import dev.ryugaku.core.incident.IncidentEvent;
import dev.ryugaku.core.incident.IncidentEvents;
import dev.ryugaku.core.incident.IncidentIntake;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incident webhooks: {@code POST /integrations/pagerduty} (PagerDuty V3, signed in
 * {@code X-PagerDuty-Signature}) and {@code POST /integrations/incidents} (the generic JSON payload of
 * {@link GenericIncidentEvents}, signed the same way in {@code X-Ryugaku-Signature} with its own
 * secret). No sign-in: the signature over the raw body is the key. Answers 404 while the webhook's
 * secret is not configured, 401 for a missing or wrong signature, 400 for a payload it cannot read
 * or a stale event, 503 when PagerDuty's API could not name a user (PagerDuty retries), else 200 —
 * also for an event already received, which changes nothing.
 */
@RestController
@EnableConfigurationProperties(IncidentProperties.class)
class IncidentWebhookController {

    static final String PATHS = "/integrations/**";
    static final String PAGERDUTY = "/integrations/pagerduty";
    static final String GENERIC = "/integrations/incidents";
    static final String PAGERDUTY_SIGNATURE = "X-PagerDuty-Signature";
    static final String GENERIC_SIGNATURE = "X-Ryugaku-Signature";
    /** PagerDuty's events are a few kilobytes; a note or a status update at most some more. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private static final Logger log = LoggerFactory.getLogger(IncidentWebhookController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IncidentProperties properties;
    private final PagerDutyEvents pagerDuty;
    private final IncidentIntake intake;
    private final Clock clock;

    IncidentWebhookController(IncidentProperties properties, PagerDutyEvents pagerDuty, IncidentIntake intake,
                              Clock clock) {
        this.properties = properties;
        this.pagerDuty = pagerDuty;
        this.intake = intake;
        this.clock = clock;
    }

    @PostMapping(path = PAGERDUTY, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> pagerDuty(HttpServletRequest request,
                                     @RequestHeader(name = PAGERDUTY_SIGNATURE, required = false) String signature)
            throws IOException {
        return receive("PagerDuty", request, signature, properties.pagerduty(), pagerDuty::read);
    }

    @PostMapping(path = GENERIC, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> generic(HttpServletRequest request,
                                   @RequestHeader(name = GENERIC_SIGNATURE, required = false) String signature)
            throws IOException {
        return receive("incident webhook", request, signature, properties.generic(), GenericIncidentEvents::read);
    }

    private ResponseEntity<String> receive(String webhook, HttpServletRequest request, String signature,
                                           List<String> secrets, Function<JsonNode, IncidentEvent> reader)
            throws IOException {
        if (secrets.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // anyone may post here: nobody makes the app hold more than this in memory before the signature is checked
        byte[] raw = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) {
            log.warn("{}: delivery refused, body over {} bytes", webhook, MAX_BODY_BYTES);
            return answer(HttpStatus.CONTENT_TOO_LARGE, "body too large");
        }
        if (!WebhookSignature.valid(raw, signature, secrets)) {
            log.warn("{}: delivery refused, {} signature", webhook, signature == null ? "no" : "wrong");
            return answer(HttpStatus.UNAUTHORIZED, "signature missing or wrong");
        }
        IncidentEvent event;
        try {
            event = reader.apply(JSON.readTree(raw));
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException unreadable) {
            log.warn("{}: delivery refused, payload not understood: {}", webhook, unreadable.getMessage());
            return answer(HttpStatus.BAD_REQUEST, "payload not understood");
        } catch (RestClientException unavailable) {
            log.warn("{}: PagerDuty's API did not answer, the delivery will be retried: {}", webhook,
                    unavailable.getMessage());
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "try again later");
        }
        if (!IncidentEvents.fresh(event.occurredAt(), clock.instant(), properties.maxEventAge())) {
            log.warn("{}: event {} refused, it occurred at {}", webhook, event.eventId(), event.occurredAt());
            return answer(HttpStatus.BAD_REQUEST, "stale event");
        }
        IncidentIntake.Outcome outcome = intake.receive(event);
        return answer(HttpStatus.OK, outcome == IncidentIntake.Outcome.DUPLICATE ? "already received" : "received");
    }

    private static ResponseEntity<String> answer(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
    }
}
