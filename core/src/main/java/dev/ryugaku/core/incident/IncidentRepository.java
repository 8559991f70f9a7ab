package dev.ryugaku.core.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Incidents, their events and the proposals they make; implemented in the persistence module. */
public interface IncidentRepository {

    /**
     * Records an event unless one with the same source and id is there (the table's unique key
     * decides, so two deliveries at once record it once).
     *
     * @return 1 when recorded, 0 when it was there already
     */
    int recordEvent(String source, String eventId, String eventType, Instant occurredAt, Instant receivedAt);

    /** Creates the incident's row unless it exists. */
    int insertIncidentIfAbsent(String source, String externalId);

    /** The incident, locked for this transaction: events of one incident are merged one after another. */
    Optional<Incident> lockIncident(String source, String externalId);

    Optional<IncidentProposal> findProposal(long incidentId, long enrollmentId);

    IncidentProposal save(IncidentProposal proposal);

    Optional<IncidentProposal> findById(Long id);

    /** The rotation's proposals still waiting for the participant, with their incidents, oldest first. */
    List<IncidentProposal> findWaiting(long enrollmentId);
}
