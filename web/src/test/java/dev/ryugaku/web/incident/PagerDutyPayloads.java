package dev.ryugaku.web.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * V3 webhook payloads shaped as PagerDuty documents them (developer docs, "Webhooks overview":
 * {@code event} with {@code id}, {@code event_type}, {@code resource_type}, {@code occurred_at},
 * {@code agent}, {@code client}, {@code data}).
 */
final class PagerDutyPayloads {

    private PagerDutyPayloads() {
    }

    static String eventId() {
        return "01" + UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 24);
    }

    static String userReference(String userId, String name) {
        return """
                {"html_url": "https://acme.pagerduty.com/users/%1$s", "id": "%1$s",
                 "self": "https://api.pagerduty.com/users/%1$s", "summary": "%2$s", "type": "user_reference"}"""
                .formatted(userId, name);
    }

    /** {@code incident.triggered}, {@code .acknowledged}, {@code .resolved}: the incident itself as data. */
    static String incidentEvent(String eventId, String type, Instant at, String incidentId, String title, String agent) {
        return """
                {"event": {"id": "%s", "event_type": "%s", "resource_type": "incident", "occurred_at": "%s",
                  "agent": %s, "client": null,
                  "data": {"id": "%s", "type": "incident", "self": "https://api.pagerduty.com/incidents/%5$s",
                    "html_url": "https://acme.pagerduty.com/incidents/%5$s", "number": 2, "status": "%s",
                    "incident_key": "d3640fbd41094207a1c11e58e46b1662", "created_at": "2026-11-30T01:00:00Z",
                    "title": "%s",
                    "service": {"html_url": "https://acme.pagerduty.com/services/PF9KMXH", "id": "PF9KMXH",
                      "self": "https://api.pagerduty.com/services/PF9KMXH", "summary": "API Service",
                      "type": "service_reference"},
                    "assignees": [],
                    "escalation_policy": {"html_url": "https://acme.pagerduty.com/escalation_policies/PUS0KTE",
                      "id": "PUS0KTE", "self": "https://api.pagerduty.com/escalation_policies/PUS0KTE",
                      "summary": "Default", "type": "escalation_policy_reference"},
                    "teams": [], "priority": null, "urgency": "high", "conference_bridge": null,
                    "resolve_reason": null}}}
                """.formatted(eventId, "incident." + type, at, agent == null ? "null" : agent, incidentId,
                type, title);
    }

    /** {@code incident.responder.added}: an {@code incident_responder} as data, the incident by reference. */
    static String responderAdded(String eventId, Instant at, String incidentId, String title, String user) {
        return """
                {"event": {"id": "%s", "event_type": "incident.responder.added", "resource_type": "incident",
                  "occurred_at": "%s", "agent": null, "client": null,
                  "data": {"incident": {"html_url": "https://acme.pagerduty.com/incidents/%3$s", "id": "%3$s",
                      "self": "https://api.pagerduty.com/incidents/%3$s", "summary": "%4$s", "type": "incident_reference"},
                    "user": %5$s,
                    "escalation_policy": null, "message": "Please help with the failover", "state": "pending",
                    "type": "incident_responder"}}}
                """.formatted(eventId, at, incidentId, title, user);
    }
}
