package dev.ryugaku.persistence.worklog;

import dev.ryugaku.core.worklog.WorkLogEntry;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkLogRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Work-log entries: a week is one query, a rotation's weekly aggregate is one query. */
interface WorkLogJpaRepository extends JpaRepository<WorkLogEntry, Long>, WorkLogRepository, WorkLogAggregates {

    @Override
    @Query("""
            select w from WorkLogEntry w
            where w.enrollment.id = :enrollmentId and w.date between :from and :to
            """)
    List<WorkLogEntry> findEntries(@Param("enrollmentId") long enrollmentId, @Param("from") LocalDate from,
                                   @Param("to") LocalDate to);

    @Override
    @Query("""
            select new dev.ryugaku.core.worklog.WorkLogEntryRow(w.id, w.version, w.date, w.minutes, w.category, w.toil,
                t.id, t.title, w.incidentRole, w.note)
            from WorkLogEntry w left join w.task t
            where w.enrollment.id = :enrollmentId and w.date between :from and :to
            order by w.date, w.id
            """)
    List<WorkLogEntryRow> findEntryRows(@Param("enrollmentId") long enrollmentId, @Param("from") LocalDate from,
                                        @Param("to") LocalDate to);
}
