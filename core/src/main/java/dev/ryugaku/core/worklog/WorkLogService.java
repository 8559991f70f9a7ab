package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 作業ログ: a participant logs their own time; their mentors read it and mark weeks reviewed, after
 * which the week is read-only; owners read everything. Every call decides on the rotation at hand.
 */
@Service
public class WorkLogService {

    static final String RECORD_TYPE = "WorkLog";

    private final WorkLogRepository log;
    private final EnrollmentRepository enrollments;
    private final TaskRepository tasks;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final Clock clock;

    public WorkLogService(WorkLogRepository log, EnrollmentRepository enrollments, TaskRepository tasks,
                          PersonRepository people, CurrentActor currentActor, Clock clock) {
        this.log = log;
        this.enrollments = enrollments;
        this.tasks = tasks;
        this.people = people;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    // ---- reading ----

    /** The actor's own current rotation, the one their log belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> myRotation() {
        Actor actor = currentActor.get();
        LocalDate today = actor.today(clock);
        return enrollments.findCurrentByPerson(actor.personId()).stream()
                .filter(e -> e.getStatus() == EnrollmentStatus.ACTIVE || e.getStatus() == EnrollmentStatus.GRADUATED
                        || e.getStatus() == EnrollmentStatus.PLANNED)
                .max(Comparator.comparing((Enrollment e) -> loggingPriority(e, today))
                        .thenComparing(Enrollment::effectiveStart))
                .map(Enrollment::getId);
    }

    /** The rotation one logs for: the active one, else one still in its grace week, else the next one. */
    private static int loggingPriority(Enrollment rotation, LocalDate today) {
        return switch (rotation.getStatus()) {
            case ACTIVE -> 3;
            case GRADUATED -> WorkLogRules.checkDate(today, rotation.effectiveStart(), rotation.effectiveEnd(), today)
                    .isEmpty() ? 2 : 0;
            case PLANNED -> 1;
            default -> -1;
        };
    }

    /** The week containing {@code day}: entries, totals, review, and what the actor may do. */
    @Transactional(readOnly = true)
    public WeekView week(long enrollmentId, LocalDate day) {
        Actor actor = currentActor.get();
        Enrollment rotation = readable(actor, enrollmentId);
        LocalDate weekStart = WorkLogRules.weekOf(day);
        List<WorkLogEntryRow> entries = log.findEntryRows(enrollmentId, weekStart, weekStart.plusDays(6));
        Optional<WeekReview> review = log.findReview(enrollmentId, weekStart);
        boolean own = rotation.isParticipant(actor.personId());
        boolean weekOver = isOver(rotation, weekStart, actor.today(clock));
        List<WeekView.TaskOption> taskOptions = own
                ? tasks.findCards(new TaskFilter(null, enrollmentId, null, null, false), actor.personId(), PageRequest.of(0, 200))
                        .stream().map(c -> new WeekView.TaskOption(c.id(), c.title())).toList()
                : List.of();
        return new WeekView(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getName(), weekStart,
                rotation.effectiveStart(), rotation.effectiveEnd(), entries, ToilComputation.of(weekStart, entries),
                review.map(r -> r.getReviewedBy().getDisplayName()).orElse(null),
                review.map(WeekReview::getReviewedAt).orElse(null), review.map(WeekReview::getComment).orElse(null),
                own && review.isEmpty(), rotation.isMentor(actor.personId()) && review.isEmpty() && weekOver && !entries.isEmpty(),
                taskOptions);
    }

    /** Every week of the rotation with its totals, oldest first: for the chart and the toil flags. */
    @Transactional(readOnly = true)
    public List<WeekTotals> weeks(long enrollmentId) {
        readable(currentActor.get(), enrollmentId);
        return ToilComputation.weeks(log.weeklyMinutes(enrollmentId));
    }

    @Transactional(readOnly = true)
    public IncidentLadder ladder(long enrollmentId) {
        readable(currentActor.get(), enrollmentId);
        return IncidentLadder.of(log.ladder(enrollmentId));
    }

    /**
     * Past weeks that wait for a look, oldest first: of the mentor's active mentees, and of those who
     * graduated in the last four weeks (their last weeks are often logged after the end).
     */
    @Transactional(readOnly = true)
    public List<UnreviewedWeek> unreviewedWeeks() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        LocalDate recently = actor.today(clock).minusWeeks(4);
        List<Long> mentees = enrollments.findSummariesByMentor(actor.personId(),
                        List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED)).stream()
                .filter(e -> e.status() == EnrollmentStatus.ACTIVE || !e.endDate().isBefore(recently))
                .map(e -> e.id()).toList();
        return mentees.isEmpty() ? List.of() : log.unreviewedWeeks(mentees, WorkLogRules.weekOf(actor.today(clock)));
    }

    /** Weeks above the toil cap of the rotations the actor may see. */
    @Transactional(readOnly = true)
    public List<ToilFlag> toilFlags(List<Long> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        Actor actor = currentActor.get();
        List<Enrollment> rotations = enrollments.findAllById(enrollmentIds);
        for (Long id : enrollmentIds) {
            Enrollment rotation = rotations.stream().filter(r -> r.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Enrollment", id));
            if (!rotation.isVisibleTo(actor)) {
                throw AccessDenials.hidden(actor, "read work log", "Enrollment", id);
            }
        }
        return log.weeksOverToilCap(enrollmentIds);
    }

    /** One rotation's log as CSV rows: its participant, mentors and owners. */
    @Transactional(readOnly = true)
    public List<ExportRow> exportRotation(long enrollmentId) {
        readable(currentActor.get(), enrollmentId);
        return log.exportRows(enrollmentId, null);
    }

    /** A whole cohort's log: owners only. */
    @Transactional(readOnly = true)
    public List<ExportRow> exportCohort(long cohortId) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return log.exportRows(null, cohortId);
    }

    // ---- writing: the participant, on their own rotation ----

    @Transactional
    public long add(long enrollmentId, WorkLogDraft draft) {
        Actor actor = currentActor.get();
        Enrollment rotation = own(actor, enrollmentId);
        ImprovementTask task = checked(actor, rotation, draft, null);
        long id = log.save(new WorkLogEntry(rotation, draft, task)).getId();
        refreshWeeks(enrollmentId, draft.getDate(), draft.getDate());
        return id;
    }

    @Transactional
    public void update(long entryId, long expectedVersion, WorkLogDraft draft) {
        Actor actor = currentActor.get();
        WorkLogEntry entry = log.findById(entryId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
        own(actor, entry.getEnrollment().getId());
        if (entry.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(RECORD_TYPE, entryId);
        }
        requireOpenWeek(entry.getEnrollment().getId(), entry.getDate());
        ImprovementTask task = checked(actor, entry.getEnrollment(), draft, entry);
        LocalDate before = entry.getDate();
        entry.apply(draft, task);
        refreshWeeks(entry.getEnrollment().getId(), before, entry.getDate());
    }

    @Transactional
    public void delete(long entryId, long expectedVersion) {
        Actor actor = currentActor.get();
        WorkLogEntry entry = log.findById(entryId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
        own(actor, entry.getEnrollment().getId());
        if (entry.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(RECORD_TYPE, entryId);
        }
        requireOpenWeek(entry.getEnrollment().getId(), entry.getDate());
        log.delete(entry);
        refreshWeeks(entry.getEnrollment().getId(), entry.getDate(), entry.getDate());
    }

    /** The weekly totals follow every write, in the same transaction (see work_week_total). */
    private void refreshWeeks(long enrollmentId, LocalDate oneDay, LocalDate otherDay) {
        LocalDate oneWeek = WorkLogRules.weekOf(oneDay);
        LocalDate otherWeek = WorkLogRules.weekOf(otherDay);
        log.refreshWeekTotals(enrollmentId, oneWeek, oneWeek);
        if (!otherWeek.equals(oneWeek)) {
            log.refreshWeekTotals(enrollmentId, otherWeek, otherWeek);
        }
    }

    /**
     * Saves the week grid in one transaction: every changed cell or none. A cell holds the total of
     * its day and category; the change goes to its quick (grid) entries, never to detailed ones.
     */
    @Transactional
    public void saveWeek(long enrollmentId, LocalDate weekStart, List<GridCell> cells) {
        Actor actor = currentActor.get();
        Enrollment rotation = own(actor, enrollmentId);
        weekStart = WorkLogRules.weekOf(weekStart);
        requireOpenWeek(enrollmentId, weekStart);
        LocalDate today = actor.today(clock);
        List<WorkLogEntry> entries = log.findEntries(enrollmentId, weekStart, weekStart.plusDays(6));
        List<Violation> violations = new ArrayList<>();
        Map<LocalDate, Integer> dayTotals = new HashMap<>();
        entries.forEach(e -> dayTotals.merge(e.getDate(), e.getMinutes(), Integer::sum));
        List<Runnable> changes = new ArrayList<>();
        for (GridCell cell : cells) {
            if (cell.date().isBefore(weekStart) || cell.date().isAfter(weekStart.plusDays(6))) {
                violations.add(Violation.of(cell.field(), WorkLogProblem.CELL_OUTSIDE_WEEK));
                continue;
            }
            int wanted = cell.minutes() == null ? 0 : cell.minutes();
            List<WorkLogEntry> inCell = entries.stream()
                    .filter(e -> e.getDate().equals(cell.date()) && e.getCategory() == cell.category()).toList();
            int current = inCell.stream().mapToInt(WorkLogEntry::getMinutes).sum();
            if (current == wanted) {
                continue;
            }
            if (current != cell.seenMinutes()) {
                throw new ConcurrentEditException(RECORD_TYPE, enrollmentId + "/" + cell.date());
            }
            if (wanted < 0 || wanted > WorkLogRules.MINUTES_PER_DAY) {
                violations.add(Violation.of(cell.field(), WorkLogProblem.MINUTES_OUT_OF_RANGE, WorkLogRules.MINUTES_PER_DAY));
                continue;
            }
            List<Violation> dateProblems = WorkLogRules.checkDate(cell.date(), rotation.effectiveStart(),
                    rotation.effectiveEnd(), today);
            if (!dateProblems.isEmpty() && wanted > 0) {
                dateProblems.forEach(v -> violations.add(new Violation(cell.field(), v.reason(), v.arguments())));
                continue;
            }
            int detailed = inCell.stream().filter(e -> !e.isQuick()).mapToInt(WorkLogEntry::getMinutes).sum();
            if (wanted < detailed) {
                violations.add(Violation.of(cell.field(), WorkLogProblem.CELL_BELOW_DETAILED, detailed));
                continue;
            }
            if (cell.category() == WorkCategory.INCIDENT && wanted > detailed) {
                // an incident needs its role for the ladder: it is logged as an entry, not as minutes
                violations.add(Violation.of(cell.field(), WorkLogProblem.INCIDENT_NEEDS_ENTRY));
                continue;
            }
            dayTotals.merge(cell.date(), wanted - current, Integer::sum);
            changes.add(() -> applyCell(rotation, cell, inCell, wanted - detailed));
        }
        dayTotals.forEach((day, total) -> {
            if (!WorkLogRules.fitsInADay(total)) {
                cells.stream().filter(c -> c.date().equals(day) && c.minutes() != null && c.minutes() > 0)
                        .forEach(c -> violations.add(Violation.of(c.field(), WorkLogProblem.DAY_OVER_24_HOURS)));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        changes.forEach(Runnable::run);
        refreshWeeks(enrollmentId, weekStart, weekStart);
    }

    private void applyCell(Enrollment rotation, GridCell cell, List<WorkLogEntry> inCell, int quickMinutes) {
        List<WorkLogEntry> quick = inCell.stream().filter(WorkLogEntry::isQuick).toList();
        if (quickMinutes == 0) {
            quick.forEach(log::delete);
        } else if (quick.isEmpty()) {
            WorkLogDraft draft = new WorkLogDraft();
            draft.setDate(cell.date());
            draft.setMinutes(quickMinutes);
            draft.setCategory(cell.category());
            draft.setToil(cell.category().isToilByDefault());
            log.save(new WorkLogEntry(rotation, draft, null));
        } else {
            quick.getFirst().setMinutes(quickMinutes);
            quick.stream().skip(1).forEach(log::delete);
        }
    }

    // ---- the mentor ----

    /** A mentor marks a past week reviewed, with an optional comment; its entries become read-only. */
    @Transactional
    public void reviewWeek(long enrollmentId, LocalDate anyDayOfWeek, String comment) {
        Actor actor = currentActor.get();
        Enrollment rotation = enrollments.require(enrollmentId);
        if (!rotation.isMentor(actor.personId())) {
            throw AccessDenials.refused(actor, "review week", "Enrollment", enrollmentId);
        }
        if (comment != null && comment.length() > WorkLogRules.NOTE_MAX_LENGTH) {
            throw new InvalidInputException(List.of(Violation.of("comment", WorkLogProblem.COMMENT_TOO_LONG,
                    WorkLogRules.NOTE_MAX_LENGTH)));
        }
        LocalDate weekStart = WorkLogRules.weekOf(anyDayOfWeek);
        requireOpenWeek(enrollmentId, weekStart);
        if (!isOver(rotation, weekStart, actor.today(clock))) {
            throw new InvalidInputException(List.of(Violation.of("", WorkLogProblem.WEEK_NOT_OVER)));
        }
        if (log.findEntryRows(enrollmentId, weekStart, weekStart.plusDays(6)).isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("", WorkLogProblem.WEEK_EMPTY)));
        }
        log.saveReview(new WeekReview(rotation, weekStart, people.findById(actor.personId()).orElseThrow(),
                clock.instant(), comment));
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
            requireOpenWeek(rotation.getId(), draft.getDate());
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

    /** A week can be reviewed once it is past, or once the rotation has ended within it. */
    private static boolean isOver(Enrollment rotation, LocalDate weekStart, LocalDate today) {
        LocalDate sunday = weekStart.plusDays(6);
        LocalDate end = rotation.effectiveEnd();
        return sunday.isBefore(today) || !end.isAfter(sunday) && end.isBefore(today);
    }

    /**
     * Every write to a log and every review asks this first. It takes the rotation's row lock, so
     * that a review cannot commit between a write's check and the write itself.
     */
    private void requireOpenWeek(long enrollmentId, LocalDate day) {
        enrollments.findForUpdate(enrollmentId);
        if (log.findReview(enrollmentId, WorkLogRules.weekOf(day)).isPresent()) {
            throw new InvalidInputException(List.of(Violation.of("", WorkLogProblem.WEEK_REVIEWED)));
        }
    }

    private Enrollment readable(Actor actor, long enrollmentId) {
        Enrollment rotation = enrollments.require(enrollmentId);
        if (rotation.isVisibleTo(actor)) {
            return rotation;
        }
        throw AccessDenials.hidden(actor, "read work log", "Enrollment", enrollmentId);
    }

    private Enrollment own(Actor actor, long enrollmentId) {
        Enrollment rotation = enrollments.require(enrollmentId);
        if (!rotation.isParticipant(actor.personId())) {
            throw AccessDenials.refused(actor, "write work log", "Enrollment", enrollmentId);
        }
        return rotation;
    }

}
