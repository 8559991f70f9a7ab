package dev.ryugaku.web.incident;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ryugaku.incidents.*}: the incident webhooks (README "Incidents from PagerDuty and other
 * tools"). An empty secret switches its webhook off (it answers 404).
 *
 * @param pagerdutySecrets  the PagerDuty webhook subscription's signing secret; several, comma-separated, while rotating it
 * @param pagerdutyApiToken a read-only PagerDuty REST API key, to learn the e-mail of the users named in events
 * @param pagerdutyApiUrl   PagerDuty's REST API
 * @param webhookSecrets    the generic JSON webhook's shared secret(s)
 * @param maxEventAge       events that happened longer ago than this are refused as stale
 */
@ConfigurationProperties("ryugaku.incidents")
public record IncidentProperties(@DefaultValue("") String pagerdutySecrets, @DefaultValue("") String pagerdutyApiToken,
                                 @DefaultValue("https://api.pagerduty.com") String pagerdutyApiUrl,
                                 @DefaultValue("") String webhookSecrets, @DefaultValue("6h") Duration maxEventAge) {

    public IncidentProperties {
        if (maxEventAge.isNegative() || maxEventAge.isZero()) {
            throw new IllegalArgumentException("ryugaku.incidents.max-event-age must be positive, not " + maxEventAge);
        }
    }

    List<String> pagerduty() {
        return split(pagerdutySecrets);
    }

    List<String> generic() {
        return split(webhookSecrets);
    }

    private static List<String> split(String secrets) {
        return Arrays.stream(secrets.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
