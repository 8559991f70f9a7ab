package dev.ryugaku.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Heap retained per signed-in session (issue 14): with the app idle, a full GC and the heap; then N
 * sessions — owners, mentors and participants in turn — each signed in, on its home and then one
 * working page (dashboard, a check-in, the work log), left open; full GC, heap and class histogram
 * again; then every session signed out and the heap once more. (open − baseline) ÷ N is the figure;
 * the classes that grew most say where it goes. Writes bench/memory.json ({@code load.output}).
 */
public class SessionMemory extends Simulation {

    private static final int SESSIONS = Integer.getInteger("load.sessions", 30);
    private static final int TOP_CLASSES = 25;

    private static final FeederBuilder<String> OWNERS = RyugakuLoad.users("owners.csv");
    private static final FeederBuilder<String> MENTORS = RyugakuLoad.users("mentors.csv");
    private static final FeederBuilder<String> PARTICIPANTS = RyugakuLoad.users("participants.csv");

    private final ObjectNode result = Results.JSON.createObjectNode();
    private long baseline;
    private Map<String, long[]> baselineHistogram;

    {
        setUp(scenario("sessions held open").exec(
                        // one session of each kind first, so that classes, caches and code paths loaded
                        // once per app are in the baseline and not counted per session
                        openOneOfEach(), signOutParked(),
                        exec(session -> measureBaseline(session).remove("parked")),
                        repeat(SESSIONS / 3).on(openOneOfEach()),
                        exec(session -> measureOpen(session)),
                        signOutParked(),
                        exec(session -> measureClosed(session)))
                .injectOpen(atOnceUsers(1)))
                .protocols(RyugakuLoad.protocol());
    }

    private static ChainBuilder openOneOfEach() {
        return exec(open(OWNERS, session -> "dashboard"),
                open(MENTORS, session -> "checkins/" + session.getString("checkIn")),
                open(PARTICIPANTS, session -> "worklog"));
    }

    private static ChainBuilder signOutParked() {
        return foreach("#{parked}", "parkedSession").on(
                exec(session -> session.set("csrf", session.<List<String>>get("parkedSession").get(1))),
                exec(addCookie(Cookie("JSESSIONID", session -> session.<List<String>>get("parkedSession").get(0)))),
                VaadinUi.signOut(),
                exec(flushCookieJar()));
    }

    /** One more session, signed in, on its home and then the page; parked (cookie and CSRF token) for signing out later. */
    private static ChainBuilder open(FeederBuilder<String> users, Function<Session, String> page) {
        return exec(session -> session.set("parked", session.contains("parked") ? session.get("parked") : List.of()))
                .feed(users)
                .exec(VaadinUi.signIn(), VaadinUi.openUi("open home", session -> ""), VaadinUi.navigate("open working page", page))
                .exec(getCookieValue(CookieKey("JSESSIONID")))
                .exec(session -> {
                    List<List<String>> parked = new ArrayList<>(session.get("parked"));
                    parked.add(List.of(session.getString("JSESSIONID"), session.getString("csrf")));
                    return session.set("parked", parked);
                })
                .exec(flushCookieJar());
    }

    private Session measureBaseline(Session session) {
        try (AppProbe probe = AppProbe.connect()) {
            baseline = probe.heapAfterFullGc();
            baselineHistogram = probe.classHistogram();
            result.put("measuredAt", Instant.now().toString());
            result.put("sessionsBefore", probe.openSessions());
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the app's heap", e);
        }
        return session;
    }

    private Session measureOpen(Session session) {
        List<?> parked = session.get("parked");
        try (AppProbe probe = AppProbe.connect()) {
            long open = probe.heapAfterFullGc();
            Map<String, long[]> histogram = probe.classHistogram();
            result.put("sessions", parked.size());
            result.put("sessionsOpen", probe.openSessions());
            result.put("heapBaselineMb", Results.mb(baseline));
            result.put("heapOpenMb", Results.mb(open));
            result.put("perSessionKb", Results.kb((double) (open - baseline) / parked.size()));
            ObjectNode classes = result.putObject("topClassesPerSessionKb");
            grown(histogram, 1).limit(TOP_CLASSES)
                    .forEach(entry -> classes.put(entry.getKey(), Results.kb((double) entry.getValue() / parked.size())));
            // the app's own objects per session: a view or dialog kept after navigation shows up here
            ObjectNode appObjects = result.putObject("appInstancesPerSession");
            grown(histogram, 0).filter(entry -> entry.getKey().startsWith("dev.ryugaku.") && entry.getValue() > 0)
                    .forEach(entry -> appObjects.put(entry.getKey(), round((double) entry.getValue() / parked.size())));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the app's heap", e);
        }
        return session;
    }

    /** Growth since the baseline per class, largest first: column 0 instances, 1 bytes. */
    private Stream<Map.Entry<String, Long>> grown(Map<String, long[]> histogram, int column) {
        return histogram.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()[column]
                        - baselineHistogram.getOrDefault(entry.getKey(), new long[2])[column]))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed());
    }

    private Session measureClosed(Session session) {
        try (AppProbe probe = AppProbe.connect()) {
            result.put("sessionsAfterSignOut", probe.openSessions());
            result.put("heapAfterSignOutMb", Results.mb(probe.heapAfterFullGc()));
            Results.write(result, "../bench/memory.json");
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the app's heap", e);
        }
        return session;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
