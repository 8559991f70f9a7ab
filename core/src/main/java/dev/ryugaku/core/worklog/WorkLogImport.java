package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records work logs as they already are, with their reviews: for the demo program and data
 * loading. It bypasses the service's checks on purpose and no screen reaches it.
 */
@Component
public class WorkLogImport {

    private final WorkLogRepository log;

    public WorkLogImport(WorkLogRepository log) {
        this.log = log;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void entry(Enrollment rotation, LocalDate date, int minutes, WorkCategory category, IncidentRole role, String note) {
        WorkLogDraft draft = new WorkLogDraft();
        draft.setDate(date);
        draft.setMinutes(minutes);
        draft.setCategory(category);
        draft.setToil(category.isToilByDefault());
        draft.setIncidentRole(role);
        draft.setNote(note);
        log.save(new WorkLogEntry(rotation, draft, null));
    }

    /** Brings the rotation's weekly totals in line with the entries recorded for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void totals(Enrollment rotation, LocalDate from, LocalDate to) {
        log.refreshWeekTotals(rotation.getId(), WorkLogRules.weekOf(from), WorkLogRules.weekOf(to));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void review(Enrollment rotation, LocalDate weekStart, Person mentor, Instant at, String comment) {
        log.saveReview(new WeekReview(rotation, weekStart, mentor, at, comment));
    }
}
