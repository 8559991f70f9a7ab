package dev.ryugaku.web.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.StringUtils;

/**
 * Per scheduled job, tagged {@code task} (not {@code job}: Prometheus sets that label on every series
 * itself) = the class without "Job", kebab-case, plus the method unless it is {@code run}:
 * {@code missed-check-ins}, {@code reminder}, {@code reminder-retry}:
 * <ul>
 * <li>{@code ryugaku_job_runs_seconds{task, outcome=success|failure}}: each run that did the work;</li>
 * <li>{@code ryugaku_job_last_success_timestamp_seconds{task}}: the end of the last successful run on
 * this replica, or the replica's start while it has none (so a fresh start does not alert at once);</li>
 * <li>{@code ryugaku_job_period_seconds{task}}: how often its cron runs it, for "not run for twice its period"
 * (NaN when turned off with {@code -}, which never alerts).</li>
 * </ul>
 * It wraps the job inside the ShedLock lock (see {@link SchedulingConfiguration}): a replica that
 * did not get the lock records nothing, so the freshest replica's timestamp is the job's.
 */
class ScheduledJobMetrics implements MethodInterceptor {

    static final String RUNS = "ryugaku.job.runs";
    static final String LAST_SUCCESS = "ryugaku.job.last.success.timestamp.seconds";
    static final String PERIOD = "ryugaku.job.period.seconds";

    // looked up when first used: advisors are created before the registry and the clock exist
    private final Supplier<MeterRegistry> meters;
    private final Supplier<Clock> clock;
    private final Map<Method, String> names = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    ScheduledJobMetrics(Supplier<MeterRegistry> meters, Supplier<Clock> clock) {
        this.meters = meters;
        this.clock = clock;
    }

    /** Registers the series of every {@code @Scheduled} method of the bean type, at start. */
    void register(Class<?> beanType, Environment environment) {
        Map<Method, Scheduled> jobs = MethodIntrospector.selectMethods(beanType,
                (MethodIntrospector.MetadataLookup<Scheduled>) method ->
                        AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class));
        jobs.forEach((method, scheduled) -> {
            String job = jobName(method);
            lastSuccessOf(job);
            timer(job, "success");
            timer(job, "failure");
            double seconds = periodOf(scheduled, environment).map(period -> (double) period.getSeconds()).orElse(Double.NaN);
            Gauge.builder(PERIOD, () -> seconds)
                    .description("How often the scheduled job is meant to run; NaN when it is turned off")
                    .tag("task", job).register(meters.get());
        });
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        String job = jobName(invocation.getMethod());
        long started = System.nanoTime();
        try {
            Object result = invocation.proceed();
            timer(job, "success").record(Duration.ofNanos(System.nanoTime() - started));
            lastSuccessOf(job).set(clock.get().millis());
            return result;
        } catch (Throwable failure) {
            timer(job, "failure").record(Duration.ofNanos(System.nanoTime() - started));
            throw failure;
        }
    }

    private Timer timer(String job, String outcome) {
        return Timer.builder(RUNS).description("Runs of a scheduled job that did the work, by outcome")
                .tag("task", job).tag("outcome", outcome).register(meters.get());
    }

    private AtomicLong lastSuccessOf(String job) {
        return lastSuccess.computeIfAbsent(job, name -> {
            AtomicLong millis = new AtomicLong(clock.get().millis());
            Gauge.builder(LAST_SUCCESS, millis, value -> value.get() / 1000.0)
                    .description("When the scheduled job last succeeded on this replica (its start until then)")
                    .tag("task", name).register(meters.get());
            return millis;
        });
    }

    String jobName(Method method) {
        return names.computeIfAbsent(method, m -> {
            String base = m.getDeclaringClass().getSimpleName().replaceFirst("Job$", "");
            String name = "run".equals(m.getName()) ? base : base + StringUtils.capitalize(m.getName());
            return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        });
    }

    private java.util.Optional<Duration> periodOf(Scheduled scheduled, Environment environment) {
        if (StringUtils.hasText(scheduled.cron())) {
            String cron = environment.resolvePlaceholders(scheduled.cron());
            if (Scheduled.CRON_DISABLED.equals(cron)) {
                return java.util.Optional.empty();
            }
            String zone = StringUtils.hasText(scheduled.zone()) ? environment.resolvePlaceholders(scheduled.zone()) : "UTC";
            CronExpression expression = CronExpression.parse(cron);
            ZonedDateTime first = expression.next(ZonedDateTime.ofInstant(Instant.now(clock.get()), ZoneId.of(zone)));
            ZonedDateTime second = first == null ? null : expression.next(first);
            return second == null ? java.util.Optional.empty() : java.util.Optional.of(Duration.between(first, second));
        }
        long fixed = Math.max(scheduled.fixedDelay(), scheduled.fixedRate());
        return fixed > 0 ? java.util.Optional.of(Duration.of(fixed, scheduled.timeUnit().toChronoUnit()))
                : java.util.Optional.empty();
    }
}
