package dev.ryugaku.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load run's figures: the round trips per action ({@link Timings}), and the app's side — heap after
 * a full GC before the first user and after the last one signed out, and the HTTP sessions open
 * (sampled every two seconds, the peak kept). Written to bench/load.json ({@code load.output}).
 */
final class RunFacts {

    private static final long SETTLE_MILLIS = 60_000;

    private final AppProbe probe;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong peakSessions = new AtomicLong();
    private final ObjectNode facts = Results.JSON.createObjectNode();
    private long heapBefore;

    private RunFacts(AppProbe probe) {
        this.probe = probe;
    }

    static RunFacts start(int users) {
        RunFacts run = new RunFacts(AppProbe.connect());
        try {
            run.facts.put("measuredAt", Instant.now().toString());
            run.facts.put("scale", "large");
            run.facts.put("users", users);
            run.facts.put("cpus", Runtime.getRuntime().availableProcessors());
            run.facts.putObject("sessions").put("before", run.probe.openSessions());
            run.heapBefore = run.probe.heapAfterFullGc();
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the app's heap and sessions", e);
        }
        run.sampler.scheduleAtFixedRate(run::sample, 0, 2, TimeUnit.SECONDS);
        return run;
    }

    private void sample() {
        try {
            peakSessions.accumulateAndGet(probe.openSessions(), Math::max);
        } catch (Exception e) {
            System.err.println("Session count not read: " + e);
        }
    }

    /** After the last user: sessions back to where they were (or a minute passed), then the heap. */
    void finish() {
        sampler.shutdownNow();
        try {
            ObjectNode sessions = (ObjectNode) facts.get("sessions");
            long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
            while (probe.openSessions() > sessions.get("before").asLong() && System.currentTimeMillis() < deadline) {
                Thread.sleep(1_000);
            }
            sessions.put("peak", peakSessions.get());
            sessions.put("after", probe.openSessions());
            ObjectNode heap = facts.putObject("heapAfterFullGcMb");
            heap.put("before", Results.mb(heapBefore));
            heap.put("after", Results.mb(probe.heapAfterFullGc()));
            facts.setAll(Timings.figures(Results.JSON));
            probe.close();
            Results.write(facts, "../bench/load.json");
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the app's heap and sessions after the run", e);
        }
    }
}
