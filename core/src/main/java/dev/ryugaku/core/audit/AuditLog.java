package dev.ryugaku.core.audit;

import dev.ryugaku.core.security.Actor;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records changes inside the caller's transaction, so an event exists exactly when its change does. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String recordType, Long recordId) {
        events.save(new AuditEvent(actor.personId(), action, recordType, recordId, clock.instant()));
    }
}
