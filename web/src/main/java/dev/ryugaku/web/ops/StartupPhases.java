package dev.ryugaku.web.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a start spent its time, from Spring's startup steps: each step's own time (its duration less
 * its child steps') goes to the phase of the nearest step that names one, so that a bean pulled in
 * by another (the embedded database by Liquibase's data source) is not counted twice.
 */
final class StartupPhases {

    static final String JVM = "jvm";
    static final String CONTEXT = "context";
    static final String EMBEDDED_DATABASE = "embeddedDatabase";
    static final String LIQUIBASE = "liquibase";
    static final String HIBERNATE = "hibernate";
    static final String WEB_SERVER_AND_VAADIN = "webServerAndVaadin";
    static final String DEMO_DATA = "demoData";
    static final String OTHER = "other";
    static final List<String> ORDER = List.of(JVM, CONTEXT, EMBEDDED_DATABASE, LIQUIBASE, HIBERNATE,
            WEB_SERVER_AND_VAADIN, DEMO_DATA, OTHER);

    /** Ryugaku's own step around the demo program's seeding (an application runner, which Spring does not time). */
    static final String DEMO_DATA_STEP = "ryugaku.demo.seed";

    private static final Map<String, String> PHASE_OF_BEAN = Map.of(
            "embeddedMariaDb", EMBEDDED_DATABASE,
            "liquibase", LIQUIBASE,
            "entityManagerFactory", HIBERNATE,
            "&entityManagerFactory", HIBERNATE);
    private static final Map<String, String> PHASE_OF_STEP = Map.of(
            "spring.context.refresh", CONTEXT,
            "spring.boot.webserver.create", WEB_SERVER_AND_VAADIN,
            DEMO_DATA_STEP, DEMO_DATA);
    private static final Set<String> BEAN_STEPS = Set.of("spring.beans.instantiate");

    /** One finished step, as Spring recorded it. */
    record Step(long id, Long parentId, String name, String beanName, Instant start, Instant end) {

        Duration duration() {
            return Duration.between(start, end);
        }
    }

    /** A bean and the time its creation took itself, without the beans it pulled in. */
    record BeanTime(String bean, long millis) {
    }

    private final Map<String, Long> millisByPhase;
    private final List<BeanTime> slowestBeans;
    private final long totalMillis;

    private StartupPhases(Map<String, Long> millisByPhase, List<BeanTime> slowestBeans, long totalMillis) {
        this.millisByPhase = millisByPhase;
        this.slowestBeans = slowestBeans;
        this.totalMillis = totalMillis;
    }

    /**
     * @param jvmStart when the JVM started
     * @param recordingStart when the steps began to be recorded (in {@code main})
     * @param ready when the application was ready (runners done)
     */
    static StartupPhases of(Instant jvmStart, Instant recordingStart, Instant ready, List<Step> steps, int beansListed) {
        Map<Long, Step> byId = new HashMap<>();
        Map<Long, Duration> childTime = new HashMap<>();
        for (Step step : steps) {
            byId.put(step.id(), step);
        }
        for (Step step : steps) {
            if (step.parentId() != null && byId.containsKey(step.parentId())) {
                childTime.merge(step.parentId(), step.duration(), Duration::plus);
            }
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        ORDER.forEach(phase -> phases.put(phase, 0L));
        phases.put(JVM, Duration.between(jvmStart, recordingStart).toMillis());
        Map<String, Long> beans = new HashMap<>();
        long attributed = phases.get(JVM);
        for (Step step : steps) {
            long own = step.duration().minus(childTime.getOrDefault(step.id(), Duration.ZERO)).toMillis();
            String phase = phaseOf(step, byId);
            if (phase == null) {
                continue;
            }
            phases.merge(phase, own, Long::sum);
            attributed += own;
            if (step.beanName() != null) {
                beans.merge(step.beanName(), own, Long::sum);
            }
        }
        long total = Duration.between(jvmStart, ready).toMillis();
        phases.put(OTHER, Math.max(0, total - attributed));
        List<BeanTime> slowest = beans.entrySet().stream()
                .map(entry -> new BeanTime(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(BeanTime::millis).reversed())
                .limit(beansListed)
                .toList();
        return new StartupPhases(phases, slowest, total);
    }

    /** The phase of the step or of its nearest ancestor that has one; null outside every phase. */
    private static String phaseOf(Step step, Map<Long, Step> byId) {
        for (Step current = step; current != null; current = current.parentId() == null ? null : byId.get(current.parentId())) {
            String phase = BEAN_STEPS.contains(current.name()) ? PHASE_OF_BEAN.get(current.beanName())
                    : PHASE_OF_STEP.get(current.name());
            if (phase != null) {
                return phase;
            }
        }
        return null;
    }

    /** Milliseconds per phase, in {@link #ORDER}; they add up to {@link #totalMillis()}. */
    Map<String, Long> millisByPhase() {
        return millisByPhase;
    }

    List<BeanTime> slowestBeans() {
        return slowestBeans;
    }

    /** From the JVM's start to ready. */
    long totalMillis() {
        return totalMillis;
    }
}
