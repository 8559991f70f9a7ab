package dev.ryugaku.core.reminder;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.cohort.CohortState;
import dev.ryugaku.core.enrollment.CohortMentor;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentActivated;
import dev.ryugaku.core.enrollment.EnrollmentGraduated;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.TaskDone;
import dev.ryugaku.core.task.TaskRepository;
import dev.ryugaku.core.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Posts to the program's Slack channel when a cohort starts, a rotation graduates or an
 * improvement task is done. Each moment is a domain event; the post is recorded into the reminder
 * outbox inside the transaction that published it (so it exists exactly when the change
 * committed, once by its key), as a {@link ReminderChannel#SLACK_CHANNEL} row of the owner who
 * connected the channel, and sent by the outbox's job like the weekly digest — with its retries
 * and 429 handling. Nothing is recorded while no channel is connected. What a post says is read
 * when it is sent; a cohort cancelled or a task reopened meanwhile is skipped.
 */
@Component
class ChannelPosts implements ReminderSource {

    /** A cohort activated ahead of its start date is announced on that date at this time (program zone). */
    static final LocalTime ANNOUNCE_AT = LocalTime.of(9, 0);

    private final ReminderRepository reminders;
    private final SlackConnectionRepository connections;
    private final CohortRepository cohorts;
    private final EnrollmentRepository enrollments;
    private final TaskRepository tasks;
    private final Clock clock;

    ChannelPosts(ReminderRepository reminders, SlackConnectionRepository connections, CohortRepository cohorts,
                 EnrollmentRepository enrollments, TaskRepository tasks, Clock clock) {
        this.reminders = reminders;
        this.connections = connections;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A cohort starts with its first rotation made ACTIVE: one post per cohort, however many follow. */
    @EventListener
    void cohortStarted(EnrollmentActivated activated) {
        Cohort cohort = enrollments.require(activated.enrollmentId()).getCohort();
        Instant now = clock.instant();
        Instant startDay = cohort.getStartDate().atTime(ANNOUNCE_AT).atZone(Person.DEFAULT_ZONE).toInstant();
        record(ReminderKind.COHORT_STARTED, cohort.getId(), now.isAfter(startDay) ? now : startDay);
    }

    @EventListener
    void rotationGraduated(EnrollmentGraduated graduated) {
        record(ReminderKind.ROTATION_GRADUATED, graduated.enrollmentId(), clock.instant());
    }

    @EventListener
    void taskDone(TaskDone done) {
        record(ReminderKind.TASK_DONE, done.taskId(), clock.instant());
    }

    private void record(ReminderKind kind, long subjectId, Instant sendAt) {
        channelOwner().ifPresent(owner -> reminders.insertIfAbsentOn(ReminderChannel.SLACK_CHANNEL.name(), kind.name(),
                owner, subjectId, key(kind, subjectId), clock.instant(), sendAt));
    }

    /** The owner who connected the program channel; the webhook itself is opened only when sending. */
    private Optional<Long> channelOwner() {
        return connections.findById(SlackConnection.THE_ONE).filter(c -> c.getWebhookUrlSealed() != null)
                .map(SlackConnection::getConnectedBy);
    }

    /** E.g. {@code task-done:42}: a task done, reopened and done again is posted once. */
    static String key(ReminderKind kind, long subjectId) {
        return kind.name().toLowerCase().replace('_', '-') + ":" + subjectId;
    }

    @Override
    public Set<ReminderKind> kinds() {
        return ReminderKind.CHANNEL_POSTS;
    }

    /** None by the clock: the events record them. */
    @Override
    public List<DueReminder> due(Instant now) {
        return List.of();
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (PendingReminder post : pending) {
            if (post.subjectId() == null) {
                continue;
            }
            Optional<? extends ReminderContent> content = switch (post.kind()) {
                case COHORT_STARTED -> cohortStarted(post.subjectId());
                case ROTATION_GRADUATED -> rotationGraduated(post.subjectId());
                case TASK_DONE -> taskDone(post.subjectId());
                default -> Optional.empty();
            };
            content.ifPresent(c -> contents.put(post.id(), c));
        }
        return contents;
    }

    private Optional<ReminderContent.CohortStarted> cohortStarted(long cohortId) {
        return cohorts.findById(cohortId).filter(cohort -> cohort.getState() == CohortState.SCHEDULED).map(cohort ->
                new ReminderContent.CohortStarted(cohort.getId(), cohort.getName(), cohort.getStartDate(),
                        cohort.getEndDate(), enrollments.findCurrentByCohort(cohortId).stream()
                                .map(e -> e.getPerson().getDisplayName()).sorted().toList(),
                        enrollments.findMentorsOfCohorts(List.of(cohortId)).stream().map(CohortMentor::mentorName)
                                .distinct().sorted().toList()));
    }

    private Optional<ReminderContent.RotationGraduated> rotationGraduated(long enrollmentId) {
        return enrollments.findDetailedById(enrollmentId).filter(e -> e.getStatus() == EnrollmentStatus.GRADUATED)
                .map(e -> new ReminderContent.RotationGraduated(e.getId(), e.getPerson().getDisplayName(),
                        e.getCohort().getName(), mentors(e)));
    }

    private static List<String> mentors(Enrollment rotation) {
        return Stream.of(rotation.getPrimaryMentor(), rotation.getSecondaryMentor()).filter(Objects::nonNull)
                .map(Person::getDisplayName).toList();
    }

    private Optional<ReminderContent.TaskDone> taskDone(long taskId) {
        return tasks.findById(taskId).filter(task -> task.getStatus() == TaskStatus.DONE)
                .map(task -> new ReminderContent.TaskDone(task.getId(), task.getTitle(), assignee(task),
                        task.getCostSavedPerMonth(), task.getToilHoursSavedPerMonth()));
    }

    private static String assignee(ImprovementTask task) {
        return task.getAssignee() == null ? null : task.getAssignee().getPerson().getDisplayName();
    }
}
