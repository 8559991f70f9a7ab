package dev.ryugaku.web.incident;

import static dev.ryugaku.web.incident.PagerDutyEvents.required;
import static dev.ryugaku.web.incident.PagerDutyEvents.text;

import dev.ryugaku.core.incident.IncidentEvent;
import dev.ryugaku.core.incident.IncidentEventType;
import dev.ryugaku.core.worklog.IncidentRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The generic incident webhook's payload, for tools other than PagerDuty (a small adapter in
 * Opsgenie, incident.io or Grafana OnCall posts it):
 * <pre>{@code
 * {"source": "opsgenie", "event_id": "…", "event_type": "acknowledged", "occurred_at": "2026-11-30T02:10:00Z",
 *  "incident": {"id": "…", "title": "…", "url": "https://…"},
 *  "people": [{"email": "…", "role": "responder"}]}
 * }</pre>
 * {@code event_type}: {@code triggered}, {@code acknowledged}, {@code responder_added}, {@code resolved}
 * (anything else is recorded and otherwise ignored); {@code role}: {@code observer}, {@code shadow},
 * {@code responder}, {@code commander}.
 */
final class GenericIncidentEvents {

    static final String DEFAULT_SOURCE = "generic";

    private GenericIncidentEvents() {
    }

    /** @throws IllegalArgumentException when a required field is missing or a value is unknown */
    static IncidentEvent read(JsonNode payload) {
        String source = text(payload.path("source"));
        String typeName = required(text(payload.path("event_type")), "event_type").toUpperCase(Locale.ROOT);
        IncidentEventType type = switch (typeName) {
            case "TRIGGERED", "ACKNOWLEDGED", "RESPONDER_ADDED", "RESOLVED" -> IncidentEventType.valueOf(typeName);
            default -> IncidentEventType.OTHER;
        };
        JsonNode incident = payload.path("incident");
        List<IncidentEvent.Involvement> people = new ArrayList<>();
        for (JsonNode person : payload.path("people")) {
            String role = required(text(person.path("role")), "people[].role").toUpperCase(Locale.ROOT);
            people.add(new IncidentEvent.Involvement(required(text(person.path("email")), "people[].email"),
                    IncidentRole.valueOf(role)));
        }
        // a tool's own name keeps its ids apart from another's; at most 30 characters after the prefix
        String name = source == null || source.isBlank() ? DEFAULT_SOURCE
                : DEFAULT_SOURCE + ":" + source.strip().toLowerCase(Locale.ROOT);
        return new IncidentEvent(name.length() > 40 ? name.substring(0, 40) : name,
                required(text(payload.path("event_id")), "event_id"), type,
                Instant.parse(required(text(payload.path("occurred_at")), "occurred_at")),
                required(text(incident.path("id")), "incident.id"), text(incident.path("title")),
                text(incident.path("url")), people);
    }
}
