package dev.ryugaku.web.incident;

import static dev.ryugaku.web.incident.PagerDutyPayloads.eventId;
import static dev.ryugaku.web.incident.PagerDutyPayloads.incidentEvent;
import static dev.ryugaku.web.incident.PagerDutyPayloads.responderAdded;
import static dev.ryugaku.web.incident.PagerDutyPayloads.userReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import dev.ryugaku.core.incident.IncidentProposalService;
import dev.ryugaku.core.incident.ProposedEntry;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;

/**
 * PagerDuty posts V3 webhooks over HTTP, signed; PagerDuty's users API (which names the e-mail of
 * a user an event refers to) is a {@link MockRestServiceServer} bound to the client's builder. The
 * participant sees the proposal through {@link IncidentProposalService}, as the work-log page does.
 */
@RyugakuTest
class IncidentWebhookTest {

    static final String PAGERDUTY_SECRET = "test-pagerduty-secret";
    static final String GENERIC_SECRET = "test-incident-secret";
    private static final String USERS_API = "https://pagerduty-api.test.example/users/";

    @LocalServerPort
    int port;

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    @Autowired
    IncidentProposalService proposals;

    @Autowired
    PagerDutyUsers users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private MockRestServiceServer pagerDutyApi;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void fakePagerDuty() {
        pagerDutyApi = MockRestServiceServer.bindTo(users.http()).ignoreExpectOrder(true).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A participant on an active rotation, known to PagerDuty under a user id of their own. */
    private record OnCall(FreshRotations.Fresh rotation, String userId, String reference) {
    }

    private OnCall participant() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        FreshRotations.Fresh rotation = rotations.active(today.minusDays(10), today.plusDays(40));
        SignIn.out();
        String userId = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        pagerDutyApi.expect(ExpectedCount.manyTimes(), requestTo(USERS_API + userId))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Token token=test-pagerduty-token"))
                .andRespond(withSuccess("""
                        {"user": {"id": "%s", "type": "user", "name": "ログ 太郎", "email": "%s",
                         "time_zone": "Asia/Tokyo", "role": "user"}}""".formatted(userId, rotation.login().toUpperCase()),
                        MediaType.APPLICATION_JSON));
        return new OnCall(rotation, userId, userReference(userId, "ログ 太郎"));
    }

    private HttpResponse<String> post(String path, String header, String signature, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(header, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> pagerDuty(String body) throws Exception {
        return post("/integrations/pagerduty", "X-PagerDuty-Signature",
                WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), PAGERDUTY_SECRET), body);
    }

    private List<ProposedEntry> waitingFor(OnCall who) {
        signIn.as(who.rotation().login());
        try {
            return proposals.waiting(who.rotation().enrollmentId());
        } finally {
            SignIn.out();
        }
    }

    private static String incidentId() {
        return "Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theParticipantWhoAcknowledgedIsProposedAnIncidentEntryAsResponder() throws Exception {
        OnCall who = participant();
        String incident = incidentId();
        Instant acknowledged = now.minus(90, ChronoUnit.MINUTES);
        assertThat(pagerDuty(incidentEvent(eventId(), "triggered", now.minus(95, ChronoUnit.MINUTES), incident,
                "Checkout latency over SLO", null)).statusCode()).isEqualTo(200);
        assertThat(pagerDuty(incidentEvent(eventId(), "acknowledged", acknowledged, incident,
                "Checkout latency over SLO", who.reference())).statusCode()).isEqualTo(200);

        ProposedEntry open = waitingFor(who).getFirst();
        assertThat(open.resolved()).isFalse();
        assertThat(open.minutes()).isNull();

        HttpResponse<String> resolved = pagerDuty(incidentEvent(eventId(), "resolved", now.minus(30, ChronoUnit.MINUTES),
                incident, "Checkout latency over SLO", userReference("PXOTHER", "Someone else")));
        assertThat(resolved.statusCode()).isEqualTo(200);
        // a webhook answer never opens a session
        assertThat(resolved.headers().firstValue("Set-Cookie")).isEmpty();

        List<ProposedEntry> waiting = waitingFor(who);
        assertThat(waiting).hasSize(1);
        ProposedEntry proposal = waiting.getFirst();
        assertThat(proposal.role()).isEqualTo(IncidentRole.RESPONDER);
        assertThat(proposal.minutes()).isEqualTo(60);
        assertThat(proposal.date()).isEqualTo(acknowledged.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate());
        assertThat(proposal.title()).isEqualTo("Checkout latency over SLO");
        assertThat(proposal.link()).isEqualTo("https://acme.pagerduty.com/incidents/" + incident);
        assertThat(proposal.draft().getNote()).contains("Checkout latency over SLO", proposal.link());
    }

    @Test
    void eventsArrivingOutOfOrderGiveTheSameProposal() throws Exception {
        OnCall inOrder = participant();
        OnCall shuffled = participant();
        String first = incidentId();
        String second = incidentId();
        for (OnCall who : List.of(inOrder, shuffled)) {
            String incident = who == inOrder ? first : second;
            List<String> events = List.of(
                    incidentEvent(eventId(), "triggered", now.minus(100, ChronoUnit.MINUTES), incident, "Old title", null),
                    responderAdded(eventId(), now.minus(95, ChronoUnit.MINUTES), incident, "Old title", who.reference()),
                    incidentEvent(eventId(), "acknowledged", now.minus(80, ChronoUnit.MINUTES), incident,
                            "Payments: DB failover", who.reference()),
                    incidentEvent(eventId(), "resolved", now.minus(5, ChronoUnit.MINUTES), incident,
                            "Payments: DB failover", null));
            List<String> sent = who == inOrder ? events : List.of(events.get(3), events.get(2), events.get(0), events.get(1));
            for (String event : sent) {
                assertThat(pagerDuty(event).statusCode()).isEqualTo(200);
            }
        }
        ProposedEntry a = waitingFor(inOrder).getFirst();
        ProposedEntry b = waitingFor(shuffled).getFirst();
        // added as a responder (shadow) first, then acknowledged: the higher rung, from the earlier time
        assertThat(a.role()).isEqualTo(IncidentRole.RESPONDER);
        assertThat(a.minutes()).isEqualTo(90);
        assertThat(a.title()).isEqualTo("Payments: DB failover");
        assertThat(List.of(b.title(), b.date(), b.minutes(), b.role(), b.resolved()))
                .isEqualTo(List.of(a.title(), a.date(), a.minutes(), a.role(), a.resolved()));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        OnCall who = participant();
        String incident = incidentId();
        String added = responderAdded(eventId(), now.minus(20, ChronoUnit.MINUTES), incident, "Queue backlog",
                who.reference());
        assertThat(pagerDuty(added).body()).isEqualTo("received");
        ProposedEntry before = waitingFor(who).getFirst();
        assertThat(before.role()).isEqualTo(IncidentRole.SHADOW);
        HttpResponse<String> again = pagerDuty(added);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("already received");
        assertThat(waitingFor(who)).containsExactly(before);
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedAndChangesNothing() throws Exception {
        OnCall who = participant();
        String incident = incidentId();
        String body = incidentEvent(eventId(), "acknowledged", now.minus(10, ChronoUnit.MINUTES), incident,
                "Forged", who.reference());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(post("/integrations/pagerduty", "X-PagerDuty-Signature", null, body).statusCode()).isEqualTo(401);
        assertThat(post("/integrations/pagerduty", "X-PagerDuty-Signature", WebhookSignature.sign(bytes, "guessed"), body)
                .statusCode()).isEqualTo(401);
        // the generic webhook's secret does not sign PagerDuty deliveries
        assertThat(post("/integrations/pagerduty", "X-PagerDuty-Signature", WebhookSignature.sign(bytes, GENERIC_SECRET),
                body).statusCode()).isEqualTo(401);
        // a body changed after signing
        assertThat(post("/integrations/pagerduty", "X-PagerDuty-Signature", WebhookSignature.sign(bytes, PAGERDUTY_SECRET),
                body.replace("Forged", "Forgec")).statusCode()).isEqualTo(401);
        assertThat(waitingFor(who)).isEmpty();

        // the same body, signed with the secret among others (as while PagerDuty rotates it), is taken
        String several = WebhookSignature.sign(bytes, "retired-secret") + "," + WebhookSignature.sign(bytes, PAGERDUTY_SECRET);
        assertThat(post("/integrations/pagerduty", "X-PagerDuty-Signature", several, body).statusCode()).isEqualTo(200);
        assertThat(waitingFor(who)).hasSize(1);
    }

    @Test
    void staleEventsAndUnreadablePayloadsAreRefused() throws Exception {
        OnCall who = participant();
        String incident = incidentId();
        assertThat(pagerDuty(incidentEvent(eventId(), "acknowledged", now.minus(7, ChronoUnit.HOURS), incident, "Old",
                who.reference())).statusCode()).isEqualTo(400);
        assertThat(pagerDuty(incidentEvent(eventId(), "acknowledged", now.plus(1, ChronoUnit.HOURS), incident, "Future",
                who.reference())).statusCode()).isEqualTo(400);
        assertThat(pagerDuty("{\"event\": {\"event_type\": \"incident.acknowledged\"}}").statusCode()).isEqualTo(400);
        assertThat(pagerDuty("not json").statusCode()).isEqualTo(400);
        String huge = "{\"padding\": \"" + "x".repeat(IncidentWebhookController.MAX_BODY_BYTES) + "\"}";
        assertThat(pagerDuty(huge).statusCode()).isEqualTo(413);
        assertThat(waitingFor(who)).isEmpty();
    }

    @Test
    void whenPagerDutysApiFailsTheDeliveryIsRefusedForARetry() throws Exception {
        OnCall who = participant();
        String failing = "PDOWN" + UUID.randomUUID().toString().substring(0, 4);
        // down at the first lookup, answering at the second
        pagerDutyApi.expect(ExpectedCount.once(), requestTo(USERS_API + failing)).andRespond(withServerError());
        pagerDutyApi.expect(ExpectedCount.once(), requestTo(USERS_API + failing)).andRespond(withSuccess(
                "{\"user\": {\"id\": \"%s\", \"email\": \"%s\"}}".formatted(failing, who.rotation().login()),
                MediaType.APPLICATION_JSON));
        String incident = incidentId();
        String event = incidentEvent(eventId(), "acknowledged", now.minus(3, ChronoUnit.MINUTES), incident, "Flaky",
                userReference(failing, "Down"));
        assertThat(pagerDuty(event).statusCode()).isEqualTo(503);
        // nothing was recorded: the retry of the same event is taken
        assertThat(pagerDuty(event).body()).isEqualTo("received");
        assertThat(waitingFor(who)).extracting(ProposedEntry::title).containsExactly("Flaky");
    }

    @Test
    void theGenericWebhookTakesItsOwnSignedPayloadAndCanNameTheCommander() throws Exception {
        OnCall who = participant();
        String incident = "inc-" + UUID.randomUUID();
        String acknowledged = """
                {"source": "incident.io", "event_id": "%s", "event_type": "acknowledged", "occurred_at": "%s",
                 "incident": {"id": "%s", "title": "Login errors in ap-northeast-1", "url": "https://app.incident.io/acme/incidents/42"},
                 "people": [{"email": "%s", "role": "commander"}, {"email": "nobody@example.com", "role": "shadow"}]}
                """.formatted(UUID.randomUUID(), now.minus(40, ChronoUnit.MINUTES), incident, who.rotation().login());
        String resolved = """
                {"source": "incident.io", "event_id": "%s", "event_type": "resolved", "occurred_at": "%s",
                 "incident": {"id": "%s"}}
                """.formatted(UUID.randomUUID(), now.minus(10, ChronoUnit.MINUTES), incident);
        byte[] bytes = acknowledged.getBytes(StandardCharsets.UTF_8);
        assertThat(post("/integrations/incidents", "X-Ryugaku-Signature", WebhookSignature.sign(bytes, PAGERDUTY_SECRET),
                acknowledged).statusCode()).isEqualTo(401);
        for (String body : List.of(acknowledged, resolved)) {
            assertThat(post("/integrations/incidents", "X-Ryugaku-Signature",
                    WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), GENERIC_SECRET), body).statusCode())
                    .isEqualTo(200);
        }
        ProposedEntry proposal = waitingFor(who).getFirst();
        assertThat(proposal.role()).isEqualTo(IncidentRole.COMMANDER);
        assertThat(proposal.minutes()).isEqualTo(30);
        assertThat(proposal.title()).isEqualTo("Login errors in ap-northeast-1");
        assertThat(proposal.link()).isEqualTo("https://app.incident.io/acme/incidents/42");
    }

    @Test
    void onlyPostsToTheTwoWebhooksPassThisChain() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/integrations/pagerduty")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(post("/integrations/other", "X-PagerDuty-Signature", "v1=00", "{}").statusCode()).isEqualTo(403);
    }
}
