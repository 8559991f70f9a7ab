package dev.ryugaku.web.security;

import dev.ryugaku.core.api.TokenHolder;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests per access token and minute (Bucket4j): the whole allowance comes back each minute. Kept
 * in memory per replica, so behind several replicas a token gets at most that many per replica.
 */
@Component
class ApiRateLimits {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;

    ApiRateLimits(@Value("${ryugaku.api.requests-per-minute:120}") long perMinute) {
        this.perMinute = perMinute;
    }

    /**
     * Takes one request from the token's allowance (a single sign-on JWT's: its person's): empty when
     * it may go ahead, else the whole seconds to wait.
     */
    OptionalLong take(TokenHolder token) {
        long key = token.tokenId() != 0 ? token.tokenId() : -token.personId();
        Bucket bucket = buckets.computeIfAbsent(key, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
    }

    long perMinute() {
        return perMinute;
    }
}
