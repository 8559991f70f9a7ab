package dev.ryugaku.core.audit;

import java.util.List;

public interface AuditEventRepository {

    AuditEvent save(AuditEvent event);

    /** A record's history, newest first, with the actors' names. */
    List<AuditEntry> findHistory(String recordType, Long recordId);
}
