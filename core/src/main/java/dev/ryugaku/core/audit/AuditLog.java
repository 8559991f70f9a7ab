package dev.ryugaku.core.audit;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes inside the caller's transaction, so an event exists exactly when its change
 * does; program owners read a record's history.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, CurrentActor currentActor, Clock clock) {
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String recordType, Long recordId) {
        record(actor, action, recordType, recordId, List.of());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String recordType, Long recordId, List<FieldChange> changes) {
        events.save(new AuditEvent(actor == null ? null : actor.personId(), action, recordType, recordId,
                clock.instant(), FieldChange.encode(changes)));
    }

    /** A record's history, newest first; program owners only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String recordType, long recordId) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return events.findHistory(recordType, recordId);
    }
}
