package dev.ryugaku.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHere;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a browser running Vaadin's client does, as Gatling requests (the protocol as in Vaadin's own
 * scalability test, flow-tests/test-scalability): the sign-in form, {@code ?v-r=init} for a UI, then
 * {@code ?v-r=uidl} calls carrying the UI's security key, the server's sync id and the client's
 * message id. Components are found by their DOM id, which the views set for the browser tests.
 * Every request is timed by {@link Timings}; a user whose request failed signs out and stops there.
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The UI's own state node: navigation events go to it. */
    private static final int UI_NODE = 1;
    /** Node features in Vaadin's protocol: element properties and element attributes. */
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final String NODES = "nodesById";
    private static final String ANSWER = "uidl";
    private static final String SIGNED_IN = "signedIn";

    private VaadinUi() {
    }

    /**
     * The login page, its form posted with Spring Security's CSRF token, then the page it sends the
     * user to (which carries the new CSRF token, kept for signing out).
     */
    static ChainBuilder signIn() {
        return timed("sign in: login page", http("sign in: login page").get("/login").check(csrfToken()))
                .exec(timed("sign in", http("sign in").post("/login")
                        .formParam("username", "#{login}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("/login")).is(false))))
                .exec(session -> session.set(SIGNED_IN, true))
                .exec(timed("sign in: start page", http("sign in: start page").get("/").check(csrfToken())));
    }

    /**
     * Spring Security's logout with the session's CSRF token: the HTTP session and its Vaadin UIs end.
     * The login page it redirects to is not fetched: it would open a new, anonymous session.
     */
    static ChainBuilder signOut() {
        return timed("sign out", http("sign out").post("/logout").formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(status().is(302)));
    }

    /** Vaadin's second bootstrap step (a UI, no view yet), then the view at this route. */
    static ChainBuilder openUi(String action, Function<Session, String> route) {
        return exec(session -> session.set(NODES, Map.of()))
                .exec(timed(action + ": new UI", http(action + ": new UI").get("/?v-r=init&location=&query=")
                        .header("Accept", "application/json")
                        .check(status().is(200))
                        .check(regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId"))
                        .check(regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs("securityKey"))
                        .check(bodyString().saveAs(ANSWER))))
                .exec(VaadinUi::afterAnswer)
                .exec(navigate(action, route));
    }

    /** Navigation inside the UI, as a click on a link in the menu does. */
    static ChainBuilder navigate(String action, Function<Session, String> route) {
        return uidl(action, session -> eventJson(UI_NODE, "ui-navigate", """
                {"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":"link"}"""
                .formatted(route.apply(session))));
    }

    /** Types a value into the field with this DOM id and lets it change, as leaving the field does. */
    static String typed(Session session, String domId, String value) {
        int node = node(session, domId);
        return """
                {"type":"mSync","node":%d,"feature":%d,"property":"value","value":"%s"},%s"""
                .formatted(node, PROPERTIES, value, eventJson(node, "change", "{}"));
    }

    /** A click on the component with this DOM id. */
    static String click(Session session, String domId) {
        return eventJson(node(session, domId), "click", "{\"event.button\":0,\"event.detail\":1}");
    }

    /** One UIDL request with these RPC calls; fails when the server answers with an error. */
    static ChainBuilder uidl(String action, Function<Session, String> rpc) {
        return exec(session -> session.set("rpc", rpc.apply(session)))
                .exec(timed(action, uidlRequest(action)))
                .exec(VaadinUi::afterAnswer);
    }

    /** Like {@link #uidl}, and the answer must show the success notification (the save went through). */
    static ChainBuilder save(String action, Function<Session, String> rpc) {
        return exec(session -> session.set("rpc", rpc.apply(session)))
                .exec(timed(action, uidlRequest(action).check(substring("\"success\"").exists())))
                .exec(VaadinUi::afterAnswer);
    }

    private static HttpRequestActionBuilder uidlRequest(String action) {
        return http(action).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{securityKey}\",\"rpc\":[#{rpc}],"
                        + "\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200))
                .check(bodyString().transform(VaadinUi::isFailure).is(false))
                .check(bodyString().saveAs(ANSWER));
    }

    /**
     * The request with its round trip recorded (the time check comes first, so a failing check still
     * has it). A user whose request failed signs out if it had signed in, and stops: its session ends
     * as the others' do, so the heap after the run shows what sessions keep, not what failures left.
     */
    private static ChainBuilder timed(String action, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs(Timings.RESPONSE_TIME)))
                .exec(session -> Timings.record(action, session))
                .doIf(session -> session.contains(Timings.FAILED)).then(
                        doIf(session -> session.contains(SIGNED_IN)).then(
                                exec(http("sign out after an error").post("/logout").formParam("_csrf", "#{csrf}")
                                        .disableFollowRedirect().check(status().is(302)))),
                        exitHere());
    }

    /**
     * Vaadin's own error answers, an expired session, the app's error notification, or a page shown
     * as an error instead (database unavailable, not found, Vaadin's page for a failed navigation).
     */
    private static boolean isFailure(String body) {
        return Stream.of("\"appError\"", "sessionExpired", "error-notification", "database-unavailable", "\"not-found\"",
                "exception while trying to navigate").anyMatch(body::contains);
    }

    private static String eventJson(int node, String event, String data) {
        return "{\"type\":\"event\",\"node\":%d,\"event\":\"%s\",\"data\":%s}".formatted(node, event, data);
    }

    private static int node(Session session, String domId) {
        Integer node = session.<Map<String, Integer>>get(NODES).get(domId);
        if (node == null) {
            throw new IllegalStateException("No element with id " + domId + " in the UI");
        }
        return node;
    }

    /** Keeps the sync id and the next client id from the answer, and the nodes that got a DOM id. */
    private static Session afterAnswer(Session session) {
        if (!session.contains(ANSWER)) {
            return session;
        }
        String body = session.getString(ANSWER);
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        Map<String, Integer> nodes = new HashMap<>(session.get(NODES));
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode uidl = root.has("appConfig") ? root.path("appConfig").path("uidl") : root.isArray() ? root.get(0) : root;
            uidl.path("changes").forEach(change -> {
                if ("put".equals(change.path("type").asText()) && change.path("feat").asInt() == ATTRIBUTES
                        && "id".equals(change.path("key").asText())) {
                    nodes.put(change.path("value").asText(), change.path("node").asInt());
                }
            });
            return session.set(NODES, nodes).set("syncId", uidl.path("syncId").asInt())
                    .set("clientId", uidl.path("clientId").asInt()).remove(ANSWER);
        } catch (Exception unreadable) {
            throw new IllegalStateException("Unreadable UIDL answer: " + json.substring(0, Math.min(200, json.length())),
                    unreadable);
        }
    }

    private static CheckBuilder.Final csrfToken() {
        return regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf");
    }
}
