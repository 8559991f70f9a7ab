package dev.ryugaku.core.incident;

/** What happened to an incident, as far as the work log cares. Events of other types are ignored. */
public enum IncidentEventType {
    TRIGGERED,
    ACKNOWLEDGED,
    RESPONDER_ADDED,
    RESOLVED,
    /** Anything else a tool sends (priority changed, note added …): recorded for idempotency, nothing else. */
    OTHER
}
