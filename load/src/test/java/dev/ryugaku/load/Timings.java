package dev.ryugaku.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request's round trip per action, kept by the load test itself so that p50/p95/p99 are
 * exact (nearest rank over all samples) and do not depend on the layout of Gatling's HTML report.
 */
final class Timings {

    static final String RESPONSE_TIME = "responseTimeMs";
    /** Set on a user whose request failed: it signs out and stops (see {@link VaadinUi}). */
    static final String FAILED = "failedAction";
    private static final Map<String, Action> ACTIONS = new ConcurrentHashMap<>();

    private Timings() {
    }

    /**
     * After a request: its time (the check saved it) or an error when it failed or got no answer. The
     * session is marked as succeeded again, so that each request is judged on its own.
     */
    static Session record(String action, Session session) {
        Action recorded = ACTIONS.computeIfAbsent(action, name -> new Action());
        boolean answered = session.contains(RESPONSE_TIME);
        synchronized (recorded) {
            if (answered) {
                recorded.millis.add(session.getLong(RESPONSE_TIME));
            }
            if (!answered || session.isFailed()) {
                recorded.errors++;
            }
        }
        Session next = session.remove(RESPONSE_TIME).markAsSucceeded();
        return !answered || session.isFailed() ? next.set(FAILED, action) : next;
    }

    /** Figures per action and over all requests, actions by name. */
    static ObjectNode figures(ObjectMapper json) {
        ObjectNode all = json.createObjectNode();
        ObjectNode actions = all.putObject("actions");
        List<Long> every = new ArrayList<>();
        long errors = 0;
        for (Map.Entry<String, Action> action : new TreeMap<>(ACTIONS).entrySet()) {
            synchronized (action.getValue()) {
                List<Long> millis = new ArrayList<>(action.getValue().millis);
                every.addAll(millis);
                errors += action.getValue().errors;
                actions.set(action.getKey(), figures(json, millis, action.getValue().errors));
            }
        }
        all.set("allRequests", figures(json, every, errors));
        all.put("errors", errors);
        return all;
    }

    private static ObjectNode figures(ObjectMapper json, List<Long> millis, long errors) {
        Collections.sort(millis);
        ObjectNode figures = json.createObjectNode();
        figures.put("requests", millis.size());
        figures.put("errors", errors);
        figures.put("p50Ms", percentile(millis, 50));
        figures.put("p95Ms", percentile(millis, 95));
        figures.put("p99Ms", percentile(millis, 99));
        figures.put("maxMs", millis.isEmpty() ? 0 : millis.getLast());
        return figures;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1);
    }

    private static final class Action {
        private final List<Long> millis = new ArrayList<>();
        private long errors;
    }
}
