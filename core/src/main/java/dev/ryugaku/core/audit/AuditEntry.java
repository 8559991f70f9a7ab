package dev.ryugaku.core.audit;

import java.time.Instant;
import java.util.List;

/** One line of a record's history as owners read it. */
public record AuditEntry(Instant occurredAt, String actorName, String action, String details) {

    public List<FieldChange> changes() {
        return FieldChange.decode(details);
    }
}
