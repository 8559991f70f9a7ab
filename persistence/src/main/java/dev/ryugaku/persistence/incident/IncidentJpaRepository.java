package dev.ryugaku.persistence.incident;

import dev.ryugaku.core.incident.Incident;
import dev.ryugaku.core.incident.IncidentProposal;
import dev.ryugaku.core.incident.IncidentRepository;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Incident events recorded once by their unique key; an incident's events merged under its row lock. */
interface IncidentJpaRepository extends JpaRepository<IncidentProposal, Long>, IncidentRepository {

    @Override
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into incident_event (source, event_id, event_type, occurred_at, received_at)
            values (:source, :eventId, :eventType, :occurredAt, :receivedAt)
            """)
    int recordEvent(@Param("source") String source, @Param("eventId") String eventId,
                    @Param("eventType") String eventType, @Param("occurredAt") Instant occurredAt,
                    @Param("receivedAt") Instant receivedAt);

    @Override
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into incident (version, source, external_id) values (0, :source, :externalId)
            """)
    int insertIncidentIfAbsent(@Param("source") String source, @Param("externalId") String externalId);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.source = :source and i.externalId = :externalId")
    Optional<Incident> lockIncident(@Param("source") String source, @Param("externalId") String externalId);

    @Override
    @Query("select p from IncidentProposal p where p.incident.id = :incidentId and p.enrollmentId = :enrollmentId")
    Optional<IncidentProposal> findProposal(@Param("incidentId") long incidentId,
                                            @Param("enrollmentId") long enrollmentId);

    @Override
    @Query("""
            select p from IncidentProposal p join fetch p.incident
            where p.enrollmentId = :enrollmentId and p.status = dev.ryugaku.core.incident.ProposalStatus.PROPOSED
            order by p.involvedAt, p.id
            """)
    List<IncidentProposal> findWaiting(@Param("enrollmentId") long enrollmentId);
}
