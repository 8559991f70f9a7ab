package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.TaskRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 作業ログ entries: a participant logs their own time, one detailed entry at a time. The week as a
 * grid, and its review by the mentor, are {@link WorkWeekService}'s; the CSV download is
 * {@link WorkLogExportService}'s. Every call decides on the rotation at hand ({@link RotationAccess}).
 */
@Service
public class WorkLogService {

    static final String RECORD_TYPE = "WorkLog";
    static final String READ = "read work log";
    static final String WRITE = "write work log";
    /** The longest range one read of entries covers. */
    public static final int MAX_RANGE_DAYS = 366;

    private final WorkLogRepository log;
    private final LoggedWeeks weeks;
    private final TaskRepository tasks;
    private final RotationAccess rotations;
    private final Clock clock;

    public WorkLogService(WorkLogRepository log, LoggedWeeks weeks, TaskRepository tasks, RotationAccess rotations,
                          Clock clock) {
        this.log = log;
        this.weeks = weeks;
        this.tasks = tasks;
        this.rotations = rotations;
        this.clock = clock;
    }

    /** The actor's own current rotation, the one their log belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> myRotation() {
        return rotations.myRotation(WorkLogService::loggingPriority);
    }

    /**
     * The rotation one logs for: the active one, else one still in its grace week, else the next one;
     * never a withdrawn one.
     */
    private static int loggingPriority(Enrollment rotation, LocalDate today) {
        return switch (rotation.getStatus()) {
            case ACTIVE -> 3;
            case GRADUATED -> WorkLogRules.checkDate(today, rotation.effectiveStart(), rotation.effectiveEnd(), today)
                    .isEmpty() ? 2 : 0;
            case PLANNED -> 1;
            default -> -1;
        };
    }

    /** The rotation's entries from {@code from} to {@code to} (at most {@value #MAX_RANGE_DAYS} days), by day; to whoever sees the rotation. */
    @Transactional(readOnly = true)
    public List<WorkLogEntryRow> entries(long enrollmentId, LocalDate from, LocalDate to) {
        rotations.visible(rotations.actor(), enrollmentId, READ);
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS - 1))) {
            throw new InvalidInputException(List.of(Violation.of("to", WorkLogProblem.RANGE_INVALID, MAX_RANGE_DAYS)));
        }
        return log.findEntryRows(enrollmentId, from, to);
    }

    /** One entry, to whoever sees its rotation; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public WorkLogEntryRow entry(long entryId) {
        WorkLogEntry entry = log.findById(entryId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
        rotations.requireVisible(rotations.actor(), entry.getEnrollment(), READ, RECORD_TYPE, entryId);
        return log.findEntryRows(entry.getEnrollment().getId(), entry.getDate(), entry.getDate()).stream()
                .filter(row -> row.id() == entryId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
    }

    @Transactional
    public long add(long enrollmentId, WorkLogDraft draft) {
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.own(actor, enrollmentId, WRITE);
        ImprovementTask task = checked(actor, rotation, draft, null);
        long id = log.save(new WorkLogEntry(rotation, draft, task)).getId();
        weeks.refresh(enrollmentId, draft.getDate(), draft.getDate());
        return id;
    }

    @Transactional
    public void update(long entryId, long expectedVersion, WorkLogDraft draft) {
        Actor actor = rotations.actor();
        WorkLogEntry entry = log.findById(entryId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
        rotations.own(actor, entry.getEnrollment().getId(), WRITE);
        Versions.require(entry.getVersion(), expectedVersion, RECORD_TYPE, entryId);
        weeks.requireOpen(entry.getEnrollment().getId(), entry.getDate());
        ImprovementTask task = checked(actor, entry.getEnrollment(), draft, entry);
        LocalDate before = entry.getDate();
        entry.apply(draft, task);
        weeks.refresh(entry.getEnrollment().getId(), before, entry.getDate());
    }

    @Transactional
    public void delete(long entryId, long expectedVersion) {
        Actor actor = rotations.actor();
        WorkLogEntry entry = log.findById(entryId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
        rotations.own(actor, entry.getEnrollment().getId(), WRITE);
        Versions.require(entry.getVersion(), expectedVersion, RECORD_TYPE, entryId);
        weeks.requireOpen(entry.getEnrollment().getId(), entry.getDate());
        log.delete(entry);
        weeks.refresh(entry.getEnrollment().getId(), entry.getDate(), entry.getDate());
    }

    // ---- rules that need the database ----

    private ImprovementTask checked(Actor actor, Enrollment rotation, WorkLogDraft draft, WorkLogEntry existing) {
        List<Violation> violations = new ArrayList<>(WorkLogRules.check(draft, rotation.effectiveStart(),
                rotation.effectiveEnd(), actor.today(clock)));
        ImprovementTask task = null;
        if (draft.getTaskId() != null) {
            task = tasks.findById(draft.getTaskId()).orElse(null);
            if (task == null || task.getAssignee() == null || !task.getAssignee().getId().equals(rotation.getId())) {
                violations.add(Violation.of("taskId", WorkLogProblem.TASK_NOT_OURS));
                task = null;
            }
        }
        if (draft.getDate() != null && draft.getMinutes() != null && violations.isEmpty()) {
            weeks.requireOpen(rotation.getId(), draft.getDate());
            int others = log.findEntries(rotation.getId(), draft.getDate(), draft.getDate()).stream()
                    .filter(e -> existing == null || !e.getId().equals(existing.getId()))
                    .mapToInt(WorkLogEntry::getMinutes).sum();
            if (!WorkLogRules.fitsInADay(others + draft.getMinutes())) {
                violations.add(Violation.of("minutes", WorkLogProblem.DAY_OVER_24_HOURS));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return task;
    }
}
