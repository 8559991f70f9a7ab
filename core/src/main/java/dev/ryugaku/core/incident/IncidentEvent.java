package dev.ryugaku.core.incident;

import dev.ryugaku.core.worklog.IncidentRole;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event from an incident tool, translated from its payload by an adapter (PagerDuty's V3
 * webhook, the generic JSON webhook).
 *
 * @param source     the tool, e.g. {@code pagerduty}; event and incident ids are unique per source
 * @param eventId    the tool's id of this event: a redelivered event carries the same one
 * @param incidentId the tool's id of the incident
 * @param title      the incident's title, when the event carries it
 * @param link       where the incident is shown in the tool, when the event carries it
 * @param people     who took part by this event, matched to participants by e-mail
 */
public record IncidentEvent(String source, String eventId, IncidentEventType type, Instant occurredAt,
                            String incidentId, String title, String link, List<Involvement> people) {

    public static final int MAX_ID_LENGTH = 100;

    public IncidentEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        people = people == null ? List.of() : List.copyOf(people);
        if (eventId.length() > MAX_ID_LENGTH || incidentId != null && incidentId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("an event's and an incident's id hold at most " + MAX_ID_LENGTH + " characters");
        }
    }

    /** A person who took part, and the role the event suggests for them. */
    public record Involvement(String email, IncidentRole role) {
    }
}
