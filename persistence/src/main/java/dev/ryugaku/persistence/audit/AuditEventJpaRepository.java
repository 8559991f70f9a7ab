package dev.ryugaku.persistence.audit;

import dev.ryugaku.core.audit.AuditEvent;
import dev.ryugaku.core.audit.AuditEventRepository;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventJpaRepository extends JpaRepository<AuditEvent, Long>, AuditEventRepository {
}
