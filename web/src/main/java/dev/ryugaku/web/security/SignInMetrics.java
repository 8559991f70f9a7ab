package dev.ryugaku.web.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sign-in outcomes as one Prometheus counter, {@code ryugaku_sign_ins_total{method, outcome}}. Every
 * combination is registered at start, so alert rules and dashboards see zeros rather than gaps.
 */
@Component
public class SignInMetrics {

    /** How the person signed in: a local password or single sign-on. */
    public enum Method { PASSWORD, SSO }

    /**
     * SUCCESS: signed in. FAILURE: wrong credentials. LOCKED: refused because of too many failures.
     * REFUSED: the identity is known to the provider but not let in (unknown, unverified, other
     * domain, deactivated). UNAVAILABLE: could not be checked because the database is unreachable.
     */
    public enum Outcome { SUCCESS, FAILURE, LOCKED, REFUSED, UNAVAILABLE }

    private final Map<Method, Map<Outcome, Counter>> counters = new EnumMap<>(Method.class);

    SignInMetrics(MeterRegistry meters) {
        for (Method method : Method.values()) {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("ryugaku.sign.ins")
                        .description("Sign-in attempts by method and outcome")
                        .tag("method", method.name().toLowerCase(Locale.ROOT))
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(meters));
            }
            counters.put(method, byOutcome);
        }
    }

    public void record(Method method, Outcome outcome) {
        counters.get(method).get(outcome).increment();
    }
}
