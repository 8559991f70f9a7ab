package dev.ryugaku.core.task;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.ListOrder;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 改善タスク: owners and mentors create and assign tasks (mentors to their mentees), participants
 * propose their own; the workflow's rules live in {@link TaskTransitions}. Every call decides on
 * the task at hand.
 */
@Service
public class TaskService {

    public static final String RECORD_TYPE = "Task";
    /** The board shows at most this many tasks; the list pages through all. */
    public static final int BOARD_LIMIT = 300;
    /** What the task list may be sorted by: fields of {@link TaskCard}. Newest first otherwise and on ties. */
    public static final ListOrder ORDER = ListOrder.of("title", "t.title", "category", "t.category", "priority", "t.priority",
            "risk", "t.risk", "status", "t.status", "assigneeName", "ap.displayName", "cohortName", "c.name",
            "dueDate", "t.dueDate", "createdAt", "t.createdAt");

    private final TaskRepository tasks;
    private final EnrollmentRepository enrollments;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TaskService(TaskRepository tasks, EnrollmentRepository enrollments, PersonRepository people,
                       CurrentActor currentActor, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.enrollments = enrollments;
        this.people = people;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<TaskCard> board(TaskFilter filter) {
        Actor actor = currentActor.get();
        return tasks.findCards(filter, viewer(actor), PageRequest.of(0, BOARD_LIMIT));
    }

    /**
     * A page of the tasks the actor may see that match the filter, in the page's sort ({@link #ORDER}), then newest first.
     *
     * @throws dev.ryugaku.core.shared.UnknownSortException for a sort the list does not offer
     */
    @Transactional(readOnly = true)
    public List<TaskCard> list(TaskFilter filter, Pageable pageable) {
        Actor actor = currentActor.get();
        return tasks.findCards(filter, viewer(actor), ORDER.resolve(pageable));
    }

    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        return tasks.countCards(filter, viewer(currentActor.get()));
    }

    /** 割れ窓: open good first tasks across cohorts, oldest first; every member of the program may see them. */
    @Transactional(readOnly = true)
    public List<TaskCard> brokenWindows(Pageable pageable) {
        currentActor.get();
        return tasks.findBrokenWindows(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long countBrokenWindows() {
        currentActor.get();
        return tasks.countBrokenWindows();
    }

    @Transactional(readOnly = true)
    public TaskDetails get(long id) {
        Actor actor = currentActor.get();
        ImprovementTask task = visible(actor, id);
        Set<TaskRole> roles = TaskRole.of(actor, TaskParties.of(task));
        PreMortemStatus preMortem = tasks.findPreMortemByTaskId(id).map(PreMortem::getStatus).orElse(null);
        boolean party = !roles.isEmpty();
        return new TaskDetails(task.getId(), task.getVersion(), task.getTitle(), task.getDescription(),
                task.getCategory(), task.getPriority(), task.getRisk(), task.getStatus(),
                task.getCohort() == null ? null : task.getCohort().getName(),
                task.getAssignee() == null ? null : task.getAssignee().getId(),
                task.getAssignee() == null ? null : task.getAssignee().getPerson().getDisplayName(),
                task.getReviewer() == null ? null : task.getReviewer().getId(),
                task.getReviewer() == null ? null : task.getReviewer().getDisplayName(), task.getDueDate(),
                task.getExternalLink(), task.isGoodFirstTask(), task.getOutcome(), task.getCostSavedPerMonth(),
                task.getToilHoursSavedPerMonth(), task.getCreatedBy().getDisplayName(), task.getCreatedAt(), preMortem,
                TaskTransitions.movesFor(roles, task.getStatus()), party && task.getStatus().isOpen(), party,
                mayTake(actor, task), roles.contains(TaskRole.ASSIGNEE) && task.getStatus().isOpen());
    }

    /** Comments and status changes, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskNote> thread(long id) {
        visible(currentActor.get(), id);
        return Stream.concat(tasks.findComments(id).stream(), tasks.findStatusChanges(id).stream())
                .sorted(Comparator.comparing(TaskNote::at)).toList();
    }

    /** Enrollments the actor may assign tasks to: owners any current one, mentors their mentees'. */
    @Transactional(readOnly = true)
    public List<AssigneeOption> assigneeOptions() {
        Actor actor = currentActor.get();
        if (actor.isOwner()) {
            return tasks.findAssigneeOptions(null);
        }
        if (actor.has(Role.MENTOR)) {
            return tasks.findAssigneeOptions(actor.personId());
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public List<ReviewerOption> reviewerOptions() {
        currentActor.get();
        return tasks.findReviewerOptions();
    }

    /** What waits for the mentor: tasks in review and pre-mortems to approve, longest waiting first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> reviewQueue() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        return Stream.concat(
                        tasks.findTasksInReviewFor(actor.personId()).stream().map(w -> w.as(ReviewItem.Kind.TASK)),
                        tasks.findPreMortemsAwaitingFor(actor.personId()).stream().map(w -> w.as(ReviewItem.Kind.PREMORTEM)))
                .sorted(Comparator.comparing(ReviewItem::waitingSince)).toList();
    }

    // ---- writing ----

    /**
     * Creates a task. Owners and mentors create and assign (mentors only to their mentees) and the
     * task is READY once assigned; a participant proposes a task for themselves, which lands in BACKLOG.
     */
    @Transactional
    public long create(TaskDraft draft) {
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        Person me = person(actor);
        List<Violation> violations = new ArrayList<>(TaskRules.check(draft));
        Enrollment assignee;
        TaskStatus status;
        if (actor.isOwner() || actor.has(Role.MENTOR)) {
            assignee = assignee(actor, draft.getAssigneeEnrollmentId(), violations);
            status = assignee == null ? TaskStatus.BACKLOG : TaskStatus.READY;
        } else if (actor.has(Role.PARTICIPANT)) {
            assignee = currentEnrollment(actor).orElse(null);
            if (assignee == null) {
                violations.add(Violation.of("", TaskProblem.NO_CURRENT_ENROLLMENT));
            }
            status = TaskStatus.BACKLOG;
        } else {
            throw AccessDenials.refused(actor, "create", RECORD_TYPE, "-");
        }
        Person reviewer = reviewer(draft.getReviewerId(), assignee, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ImprovementTask task = tasks.save(new ImprovementTask(draft, status,
                assignee == null ? null : assignee.getCohort(), assignee, reviewer, me, now));
        tasks.saveStatusChange(new TaskStatusChange(task, null, status, me, now));
        auditLog.record(actor, "TASK_CREATED", RECORD_TYPE, task.getId());
        return task.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, TaskDraft draft) {
        Actor actor = currentActor.get();
        ImprovementTask task = find(id);
        Set<TaskRole> roles = TaskRole.of(actor, TaskParties.of(task));
        if (roles.isEmpty()) {
            throw AccessDenials.refused(actor, "update", RECORD_TYPE, id);
        }
        Versions.require(task.getVersion(), expectedVersion, RECORD_TYPE, task.getId());
        List<Violation> violations = new ArrayList<>(TaskRules.check(draft));
        Enrollment assignee = task.getAssignee();
        Person reviewer = task.getReviewer();
        boolean supervisor = roles.contains(TaskRole.OWNER) || roles.contains(TaskRole.MENTOR_OF_ASSIGNEE)
                || roles.contains(TaskRole.REVIEWER);
        if (supervisor) {
            if (!Objects.equals(draft.getAssigneeEnrollmentId(), task.getAssignee() == null ? null : task.getAssignee().getId())) {
                assignee = assignee(actor, draft.getAssigneeEnrollmentId(), violations);
            }
            reviewer = reviewer(draft.getReviewerId(), assignee, violations);
        } else {
            // the assignee reports on the work, but does not choose who reviews it or how risky it is
            TaskDraft current = task.toDraft();
            if (!Objects.equals(current.getAssigneeEnrollmentId(), draft.getAssigneeEnrollmentId())
                    || !Objects.equals(current.getReviewerId(), draft.getReviewerId())
                    || current.getRisk() != draft.getRisk() || current.isGoodFirstTask() != draft.isGoodFirstTask()) {
                violations.add(Violation.of("", TaskProblem.ASSIGNEE_CANNOT_CHANGE));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        task.apply(draft, assignee == null ? task.getCohort() : assignee.getCohort(), assignee, reviewer);
        auditLog.record(actor, "TASK_UPDATED", RECORD_TYPE, id);
    }

    /**
     * Moves the task along the workflow.
     *
     * @param outcome the result, required to move to DONE (kept on the task)
     * @param comment why, required to send work back from review (kept in the thread)
     */
    @Transactional
    public void move(long id, long expectedVersion, TaskStatus to, String outcome, String comment) {
        Actor actor = currentActor.get();
        ImprovementTask task = find(id);
        Set<TaskRole> roles = TaskRole.of(actor, TaskParties.of(task));
        TaskStatus from = task.getStatus();
        if (roles.isEmpty()) {
            throw AccessDenials.hidden(actor, "move", RECORD_TYPE, id);
        }
        if (!TaskTransitions.mayMove(roles, from, to)) {
            throw AccessDenials.refused(actor, "move " + from + "→" + to, RECORD_TYPE, id);
        }
        Versions.require(task.getVersion(), expectedVersion, RECORD_TYPE, task.getId());
        PreMortemStatus preMortem = tasks.findPreMortemByTaskId(id).map(PreMortem::getStatus).orElse(null);
        String effectiveOutcome = outcome == null || outcome.isBlank() ? task.getOutcome() : outcome;
        List<Violation> violations = TaskTransitions.gates(from, to, task.getRisk(), preMortem, effectiveOutcome, comment);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        Person me = person(actor);
        if (to == TaskStatus.DONE) {
            task.recordOutcome(effectiveOutcome);
        }
        task.moveTo(to, now);
        tasks.saveStatusChange(new TaskStatusChange(task, from, to, me, now));
        if (comment != null && !comment.isBlank()) {
            tasks.saveComment(new TaskComment(task, me, now, comment));
        }
        if (to == TaskStatus.DONE) {
            events.publishEvent(new TaskDone(id));
        }
    }

    @Transactional
    public void comment(long id, String text) {
        Actor actor = currentActor.get();
        ImprovementTask task = visible(actor, id);
        if (TaskRole.of(actor, TaskParties.of(task)).isEmpty()) {
            throw AccessDenials.refused(actor, "comment", RECORD_TYPE, id);
        }
        List<Violation> violations = TaskRules.checkComment(text, true);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        tasks.saveComment(new TaskComment(task, person(actor), clock.instant(), text));
    }

    /** A participant takes an unassigned broken window: it becomes theirs, READY. */
    @Transactional
    public void take(long id, long expectedVersion) {
        Actor actor = currentActor.get();
        ImprovementTask task = find(id);
        if (!mayTake(actor, task)) {
            throw new InvalidInputException(List.of(Violation.of("", TaskProblem.NOT_A_BROKEN_WINDOW)));
        }
        Versions.require(task.getVersion(), expectedVersion, RECORD_TYPE, task.getId());
        Enrollment mine = currentEnrollment(actor).orElseThrow(() ->
                new InvalidInputException(List.of(Violation.of("", TaskProblem.NO_CURRENT_ENROLLMENT))));
        TaskStatus from = task.getStatus();
        Instant now = clock.instant();
        task.take(mine, now);
        if (task.getReviewer() == null && mine.getPrimaryMentor() != null) {
            TaskDraft draft = task.toDraft();
            draft.setReviewerId(mine.getPrimaryMentor().getId());
            task.apply(draft, mine.getCohort(), mine, mine.getPrimaryMentor());
        }
        tasks.saveStatusChange(new TaskStatusChange(task, from, TaskStatus.READY, person(actor), now));
        auditLog.record(actor, "TASK_TAKEN", RECORD_TYPE, id);
    }

    // ---- shared with the pre-mortem ----

    ImprovementTask visible(Actor actor, long id) {
        ImprovementTask task = find(id);
        // an untaken broken window is public to the program; once someone takes it, it is theirs
        boolean openBrokenWindow = task.isGoodFirstTask() && task.getStatus().isOpen() && task.getAssignee() == null;
        if (actor.isOwner() || openBrokenWindow || !TaskRole.of(actor, TaskParties.of(task)).isEmpty()
                || task.getCreatedBy().getId() == actor.personId()) {
            return task;
        }
        throw AccessDenials.hidden(actor, "read", RECORD_TYPE, id);
    }

    ImprovementTask find(long id) {
        return tasks.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    Person person(Actor actor) {
        return people.findById(actor.personId()).orElseThrow();
    }

    private boolean mayTake(Actor actor, ImprovementTask task) {
        return actor.has(Role.PARTICIPANT) && task.isGoodFirstTask() && task.getAssignee() == null
                && (task.getStatus() == TaskStatus.BACKLOG || task.getStatus() == TaskStatus.READY);
    }

    private Enrollment assignee(Actor actor, Long enrollmentId, List<Violation> violations) {
        if (enrollmentId == null) {
            return null;
        }
        Enrollment enrollment = enrollments.findById(enrollmentId).orElse(null);
        if (enrollment == null || !(enrollment.getStatus() == EnrollmentStatus.ACTIVE
                || enrollment.getStatus() == EnrollmentStatus.PLANNED)) {
            violations.add(Violation.of("assigneeEnrollmentId", TaskProblem.ASSIGNEE_NOT_ACTIVE));
            return null;
        }
        if (!enrollment.isSupervisedBy(actor)) {
            violations.add(Violation.of("assigneeEnrollmentId", TaskProblem.ASSIGNEE_NOT_MENTEE));
            return null;
        }
        return enrollment;
    }

    /** The chosen reviewer, or by default the assignee's primary mentor. */
    private Person reviewer(Long reviewerId, Enrollment assignee, List<Violation> violations) {
        if (reviewerId == null) {
            return assignee == null ? null : assignee.getPrimaryMentor();
        }
        Person reviewer = people.findById(reviewerId).orElse(null);
        if (reviewer == null || !reviewer.has(Role.MENTOR) || !reviewer.isActive()) {
            violations.add(Violation.of("reviewerId", TaskProblem.REVIEWER_NOT_A_MENTOR));
            return null;
        }
        return reviewer;
    }

    private java.util.Optional<Enrollment> currentEnrollment(Actor actor) {
        return enrollments.findCurrentByPerson(actor.personId()).stream()
                .filter(e -> e.getStatus() == EnrollmentStatus.ACTIVE)
                .findFirst()
                .or(() -> enrollments.findCurrentByPerson(actor.personId()).stream()
                        .filter(e -> e.getStatus() == EnrollmentStatus.PLANNED).findFirst());
    }

    private static Long viewer(Actor actor) {
        return actor.isOwner() ? null : actor.personId();
    }
}
