package dev.ryugaku.web.incident;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The e-mail address of a PagerDuty user: V3 webhook events name users by id only, so their
 * address is read once from PagerDuty's REST API ({@code GET /users/{id}}) with a read-only API
 * key and kept in memory. Without a key, nobody can be matched.
 */
@Component
class PagerDutyUsers {

    private static final Logger log = LoggerFactory.getLogger(PagerDutyUsers.class);

    private final IncidentProperties properties;
    private final RestClient.Builder http;
    private final Map<String, String> emails = new ConcurrentHashMap<>();

    PagerDutyUsers(IncidentProperties properties) {
        this.properties = properties;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(requests);
    }

    /** The builder every lookup's client is built from; tests bind a fake PagerDuty to it. */
    RestClient.Builder http() {
        return http;
    }

    /**
     * @throws RestClientException when PagerDuty could not answer: the delivery is refused, and PagerDuty retries it
     */
    Optional<String> email(String userId) {
        if (userId == null || userId.isBlank() || properties.pagerdutyApiToken().isBlank()) {
            return Optional.empty();
        }
        String known = emails.get(userId);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            JsonNode user = http.build().get()
                    .uri(properties.pagerdutyApiUrl() + "/users/{id}", userId)
                    .header("Authorization", "Token token=" + properties.pagerdutyApiToken())
                    .header("Accept", "application/vnd.pagerduty+json;version=2")
                    .retrieve().body(JsonNode.class);
            String email = user == null ? "" : user.path("user").path("email").asString("");
            if (email.isBlank()) {
                return Optional.empty();
            }
            emails.put(userId, email);
            return Optional.of(email);
        } catch (HttpClientErrorException.NotFound gone) {
            log.info("PagerDuty user {} not found: nobody to match", userId);
            return Optional.empty();
        }
    }
}
