package dev.ryugaku.core.task;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

public interface TaskRepository {

    ImprovementTask save(ImprovementTask task);

    Optional<ImprovementTask> findById(Long id);

    /** Tasks matching the filter that the viewer may see ({@code viewerId} null: all), newest first. */
    List<TaskCard> findCards(TaskFilter filter, Long viewerId, Pageable pageable);

    long countCards(TaskFilter filter, Long viewerId);

    /** Open tasks flagged as good first tasks, oldest first. */
    List<TaskCard> findBrokenWindows(Pageable pageable);

    long countBrokenWindows();

    List<TaskNote> findComments(long taskId);

    List<TaskNote> findStatusChanges(long taskId);

    TaskComment saveComment(TaskComment comment);

    TaskStatusChange saveStatusChange(TaskStatusChange change);

    Optional<PreMortem> findPreMortemByTaskId(long taskId);

    PreMortem savePreMortem(PreMortem preMortem);

    /** Tasks in review that the mentor reviews, or mentors the assignee of when no reviewer is set. */
    List<WaitingTask> findTasksInReviewFor(long mentorId);

    /** Submitted pre-mortems of tasks the mentor reviews or mentors. */
    List<WaitingTask> findPreMortemsAwaitingFor(long mentorId);

    /** Active and planned enrollments; {@code mentorId} null: all, else that mentor's mentees. */
    List<AssigneeOption> findAssigneeOptions(Long mentorId);

    List<ReviewerOption> findReviewerOptions();
}
