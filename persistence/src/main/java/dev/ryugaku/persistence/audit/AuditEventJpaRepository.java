package dev.ryugaku.persistence.audit;

import dev.ryugaku.core.audit.AuditEntry;
import dev.ryugaku.core.audit.AuditEvent;
import dev.ryugaku.core.audit.AuditEventRepository;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventJpaRepository extends JpaRepository<AuditEvent, Long>, AuditEventRepository {

    @Override
    @Query("""
            select new dev.ryugaku.core.audit.AuditEntry(e.occurredAt, p.displayName, e.action, e.details)
            from AuditEvent e left join Person p on p.id = e.actorId
            where e.recordType = :recordType and e.recordId = :recordId
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEntry> findHistory(@Param("recordType") String recordType, @Param("recordId") Long recordId);
}
