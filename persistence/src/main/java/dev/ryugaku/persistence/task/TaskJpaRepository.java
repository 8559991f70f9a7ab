package dev.ryugaku.persistence.task;

import dev.ryugaku.core.task.AssigneeOption;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.WaitingTask;
import dev.ryugaku.core.task.ReviewerOption;
import dev.ryugaku.core.task.TaskCard;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskNote;
import dev.ryugaku.core.task.TaskRepository;
import dev.ryugaku.persistence.db.Orders;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Task queries. Board, list and backlog are one projection query each; who may see a task is part
 * of the query, so a page never holds rows its viewer may not see.
 */
interface TaskJpaRepository extends JpaRepository<ImprovementTask, Long>, TaskRepository, TaskWrites {

    String CARD = """
            select new dev.ryugaku.core.task.TaskCard(t.id, t.title, t.category, t.priority, t.risk, t.status,
                ap.displayName, c.name, t.dueDate, t.goodFirstTask, t.createdAt)
            from ImprovementTask t left join t.cohort c left join t.assignee a left join a.person ap
                left join a.primaryMentor m1 left join a.secondaryMentor m2 left join t.reviewer r
            """;

    String MATCHES = """
             where (:#{#filter.cohortId()} is null or c.id = :#{#filter.cohortId()})
               and (:#{#filter.assigneeEnrollmentId()} is null or a.id = :#{#filter.assigneeEnrollmentId()})
               and (:#{#filter.category()} is null or t.category = :#{#filter.category()})
               and (:#{#filter.risk()} is null or t.risk = :#{#filter.risk()})
               and (:#{#filter.includeDropped()} = true or t.status <> dev.ryugaku.core.task.TaskStatus.DROPPED)
               and (:viewerId is null or ap.id = :viewerId or m1.id = :viewerId or m2.id = :viewerId
                    or r.id = :viewerId or t.createdBy.id = :viewerId
                    or (t.goodFirstTask = true and a is null and t.status not in
                        (dev.ryugaku.core.task.TaskStatus.DONE, dev.ryugaku.core.task.TaskStatus.DROPPED)))
            """;

    String BROKEN_WINDOW = """
             where t.goodFirstTask = true and t.assignee is null
               and t.status not in (dev.ryugaku.core.task.TaskStatus.DONE, dev.ryugaku.core.task.TaskStatus.DROPPED)
            """;

    @Override
    default List<TaskCard> findCards(TaskFilter filter, Long viewerId, Pageable pageable) {
        return cards(filter, viewerId, Orders.then(pageable, Sort.by(Sort.Order.desc("t.createdAt"), Sort.Order.desc("t.id"))));
    }

    /** The board's and the list's query, in the page's order (the caller's, then newest first). */
    @Query(CARD + MATCHES)
    List<TaskCard> cards(@Param("filter") TaskFilter filter, @Param("viewerId") Long viewerId, Pageable pageable);

    @Override
    @Query("""
            select count(t) from ImprovementTask t left join t.cohort c left join t.assignee a left join a.person ap
                left join a.primaryMentor m1 left join a.secondaryMentor m2 left join t.reviewer r
            """ + MATCHES)
    long countCards(@Param("filter") TaskFilter filter, @Param("viewerId") Long viewerId);

    @Override
    @Query(CARD + BROKEN_WINDOW + " order by t.createdAt, t.id")
    List<TaskCard> findBrokenWindows(Pageable pageable);

    @Override
    @Query("select count(t) from ImprovementTask t" + BROKEN_WINDOW)
    long countBrokenWindows();

    @Override
    @Query("""
            select new dev.ryugaku.core.task.TaskNote(n.writtenAt, p.displayName, n.text, null, null)
            from TaskComment n join n.author p where n.task.id = :taskId
            """)
    List<TaskNote> findComments(@Param("taskId") long taskId);

    @Override
    @Query("""
            select new dev.ryugaku.core.task.TaskNote(s.changedAt, p.displayName, null, s.from, s.to)
            from TaskStatusChange s join s.changedBy p where s.task.id = :taskId
            """)
    List<TaskNote> findStatusChanges(@Param("taskId") long taskId);

    @Override
    @Query("""
            select new dev.ryugaku.core.task.WaitingTask(t.id, t.title, ap.displayName, t.statusChangedAt)
            from ImprovementTask t join t.assignee a join a.person ap
                left join a.primaryMentor m1 left join a.secondaryMentor m2 left join t.reviewer r
            where t.status = dev.ryugaku.core.task.TaskStatus.IN_REVIEW
              and (r.id = :mentorId or (r is null and (m1.id = :mentorId or m2.id = :mentorId)))
            """)
    List<WaitingTask> findTasksInReviewFor(@Param("mentorId") long mentorId);

    @Override
    @Query("""
            select new dev.ryugaku.core.task.WaitingTask(t.id, t.title, ap.displayName, pm.submittedAt)
            from PreMortem pm join pm.task t join t.assignee a join a.person ap
                left join a.primaryMentor m1 left join a.secondaryMentor m2 left join t.reviewer r
            where pm.status = dev.ryugaku.core.task.PreMortemStatus.SUBMITTED
              and (r.id = :mentorId or (r is null and (m1.id = :mentorId or m2.id = :mentorId)))
            """)
    List<WaitingTask> findPreMortemsAwaitingFor(@Param("mentorId") long mentorId);

    @Override
    @Query("""
            select new dev.ryugaku.core.task.AssigneeOption(e.id, p.displayName, c.name)
            from Enrollment e join e.person p join e.cohort c
                left join e.primaryMentor m1 left join e.secondaryMentor m2
            where e.status in (dev.ryugaku.core.enrollment.EnrollmentStatus.ACTIVE,
                               dev.ryugaku.core.enrollment.EnrollmentStatus.PLANNED)
              and (:mentorId is null or m1.id = :mentorId or m2.id = :mentorId)
            order by c.startDate, p.displayName
            """)
    List<AssigneeOption> findAssigneeOptions(@Param("mentorId") Long mentorId);

    @Override
    @Query("""
            select new dev.ryugaku.core.task.ReviewerOption(p.id, p.displayName)
            from Person p join p.roles r
            where r = dev.ryugaku.core.security.Role.MENTOR and p.active = true
            order by p.displayName
            """)
    List<ReviewerOption> findReviewerOptions();
}
