package dev.ryugaku.core.audit;

import java.util.List;

public interface AuditEventRepository {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByRecordTypeAndRecordIdOrderByOccurredAt(String recordType, Long recordId);
}
