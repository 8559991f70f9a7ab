package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 作業ログ by the week: the week as the grid shows it and its saving in one go, the weekly totals
 * (chart, toil flags, incident ladder), and the mentor's review, after which the week is read-only.
 */
@Service
public class WorkWeekService {

    private static final String RECORD_TYPE = WorkLogService.RECORD_TYPE;
    private static final String READ = WorkLogService.READ;
    private static final String WRITE = WorkLogService.WRITE;

    private final WorkLogRepository log;
    private final LoggedWeeks weeks;
    private final EnrollmentRepository enrollments;
    private final TaskRepository tasks;
    private final PersonRepository people;
    private final RotationAccess rotations;
    private final Clock clock;

    public WorkWeekService(WorkLogRepository log, LoggedWeeks weeks, EnrollmentRepository enrollments,
                           TaskRepository tasks, PersonRepository people, RotationAccess rotations, Clock clock) {
        this.log = log;
        this.weeks = weeks;
        this.enrollments = enrollments;
        this.tasks = tasks;
        this.people = people;
        this.rotations = rotations;
        this.clock = clock;
    }

    /** The week containing {@code day}: entries, totals, review, and what the actor may do. */
    @Transactional(readOnly = true)
    public WeekView week(long enrollmentId, LocalDate day) {
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.visible(actor, enrollmentId, READ);
        LocalDate weekStart = WorkLogRules.weekOf(day);
        List<WorkLogEntryRow> entries = log.findEntryRows(enrollmentId, weekStart, weekStart.plusDays(6));
        Optional<WeekReview> review = log.findReview(enrollmentId, weekStart);
        boolean own = rotation.isParticipant(actor.personId());
        boolean weekOver = LoggedWeeks.isOver(rotation, weekStart, actor.today(clock));
        List<WeekView.TaskOption> taskOptions = own
                ? tasks.findCards(new TaskFilter(null, enrollmentId, null, null, false), actor.personId(), PageRequest.of(0, 200))
                        .stream().map(c -> new WeekView.TaskOption(c.id(), c.title())).toList()
                : List.of();
        return new WeekView(enrollmentId, rotation.getPerson().getDisplayName(), rotation.getCohort().getName(), weekStart,
                rotation.effectiveStart(), rotation.effectiveEnd(), entries, ToilComputation.of(weekStart, entries),
                review.map(r -> r.getReviewedBy().getDisplayName()).orElse(null),
                review.map(WeekReview::getReviewedAt).orElse(null), review.map(WeekReview::getComment).orElse(null),
                own && review.isEmpty(), rotation.isMentor(actor.personId()) && review.isEmpty() && weekOver && !entries.isEmpty(),
                taskOptions, actor.today(clock), own);
    }

    /** Every week of the rotation with its totals, oldest first: for the chart and the toil flags. */
    @Transactional(readOnly = true)
    public List<WeekTotals> weeks(long enrollmentId) {
        rotations.visible(rotations.actor(), enrollmentId, READ);
        return ToilComputation.weeks(log.weeklyMinutes(enrollmentId));
    }

    @Transactional(readOnly = true)
    public IncidentLadder ladder(long enrollmentId) {
        rotations.visible(rotations.actor(), enrollmentId, READ);
        return IncidentLadder.of(log.ladder(enrollmentId));
    }

    /**
     * Past weeks that wait for a look, oldest first: of the mentor's active mentees, and of those who
     * graduated in the last four weeks (their last weeks are often logged after the end).
     */
    @Transactional(readOnly = true)
    public List<UnreviewedWeek> unreviewedWeeks() {
        Actor actor = rotations.actor();
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
        rotations.requireAllVisible(rotations.actor(), enrollmentIds, WorkLogService.READ);
        return log.weeksOverToilCap(enrollmentIds);
    }

    /**
     * Saves the week grid in one transaction: every changed cell or none. A cell holds the total of
     * its day and category; the change goes to its quick (grid) entries, never to detailed ones.
     */
    @Transactional
    public void saveWeek(long enrollmentId, LocalDate weekStart, List<GridCell> cells) {
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.own(actor, enrollmentId, WRITE);
        weekStart = WorkLogRules.weekOf(weekStart);
        weeks.requireOpen(enrollmentId, weekStart);
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
        weeks.refresh(enrollmentId, weekStart, weekStart);
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

    /** A mentor marks a past week reviewed, with an optional comment; its entries become read-only. */
    @Transactional
    public void reviewWeek(long enrollmentId, LocalDate anyDayOfWeek, String comment) {
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.mentored(actor, enrollmentId, "review week");
        if (comment != null && comment.length() > WorkLogRules.NOTE_MAX_LENGTH) {
            throw new InvalidInputException(List.of(Violation.of("comment", WorkLogProblem.COMMENT_TOO_LONG,
                    WorkLogRules.NOTE_MAX_LENGTH)));
        }
        LocalDate weekStart = WorkLogRules.weekOf(anyDayOfWeek);
        weeks.requireOpen(enrollmentId, weekStart);
        if (!LoggedWeeks.isOver(rotation, weekStart, actor.today(clock))) {
            throw new InvalidInputException(List.of(Violation.of("", WorkLogProblem.WEEK_NOT_OVER)));
        }
        if (log.findEntryRows(enrollmentId, weekStart, weekStart.plusDays(6)).isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("", WorkLogProblem.WEEK_EMPTY)));
        }
        log.saveReview(new WeekReview(rotation, weekStart, people.findById(actor.personId()).orElseThrow(),
                clock.instant(), comment));
    }
}
