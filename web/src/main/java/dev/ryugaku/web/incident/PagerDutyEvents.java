package dev.ryugaku.web.incident;

import dev.ryugaku.core.incident.IncidentEvent;
import dev.ryugaku.core.incident.IncidentEventType;
import dev.ryugaku.core.worklog.IncidentRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a PagerDuty V3 webhook payload ({@code {"event": {id, event_type, occurred_at, agent, data}}})
 * into an {@link IncidentEvent}. Who took part: the user who acknowledged ({@code agent}) as
 * responder; a responder added ({@code data.user} of {@code incident.responder.added}) as shadow.
 * PagerDuty names users by id; their e-mail comes from {@link PagerDutyUsers}.
 */
@Component
class PagerDutyEvents {

    static final String SOURCE = "pagerduty";

    private static final Map<String, IncidentEventType> TYPES = Map.of(
            "incident.triggered", IncidentEventType.TRIGGERED,
            "incident.acknowledged", IncidentEventType.ACKNOWLEDGED,
            "incident.responder.added", IncidentEventType.RESPONDER_ADDED,
            "incident.resolved", IncidentEventType.RESOLVED);

    private final PagerDutyUsers users;

    PagerDutyEvents(PagerDutyUsers users) {
        this.users = users;
    }

    /** @throws IllegalArgumentException when the payload lacks the event's id, type or time */
    IncidentEvent read(JsonNode payload) {
        JsonNode event = payload.path("event");
        String id = text(event.path("id"));
        String eventType = text(event.path("event_type"));
        Instant occurredAt = Instant.parse(required(text(event.path("occurred_at")), "event.occurred_at"));
        IncidentEventType type = TYPES.getOrDefault(required(eventType, "event.event_type"), IncidentEventType.OTHER);
        JsonNode data = event.path("data");
        // an incident's own events carry the incident; a responder's or a note's carry a reference to it
        boolean incidentItself = "incident".equals(text(data.path("type")));
        JsonNode incident = incidentItself ? data : data.path("incident");
        String title = incidentItself ? text(incident.path("title")) : text(incident.path("summary"));
        List<IncidentEvent.Involvement> people = new ArrayList<>();
        if (type == IncidentEventType.ACKNOWLEDGED) {
            involve(people, event.path("agent"), IncidentRole.RESPONDER);
        } else if (type == IncidentEventType.RESPONDER_ADDED) {
            involve(people, data.path("user"), IncidentRole.SHADOW);
        }
        return new IncidentEvent(SOURCE, required(id, "event.id"), type, occurredAt, text(incident.path("id")), title,
                text(incident.path("html_url")), people);
    }

    private void involve(List<IncidentEvent.Involvement> people, JsonNode user, IncidentRole role) {
        if ("user_reference".equals(text(user.path("type")))) {
            users.email(text(user.path("id"))).ifPresent(email -> people.add(new IncidentEvent.Involvement(email, role)));
        }
    }

    static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }
}
