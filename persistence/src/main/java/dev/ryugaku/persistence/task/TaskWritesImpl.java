package dev.ryugaku.persistence.task;

import dev.ryugaku.core.task.PreMortem;
import dev.ryugaku.core.task.TaskComment;
import dev.ryugaku.core.task.TaskStatusChange;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Spring Data picks this up as the implementation of {@link TaskWrites} for the task repository. */
class TaskWritesImpl implements TaskWrites {

    private final EntityManager em;

    TaskWritesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public TaskComment saveComment(TaskComment comment) {
        em.persist(comment);
        return comment;
    }

    @Override
    public TaskStatusChange saveStatusChange(TaskStatusChange change) {
        em.persist(change);
        return change;
    }

    @Override
    public Optional<PreMortem> findPreMortemByTaskId(long taskId) {
        return em.createQuery("select p from PreMortem p where p.task.id = :taskId", PreMortem.class)
                .setParameter("taskId", taskId).getResultStream().findFirst();
    }

    @Override
    public PreMortem savePreMortem(PreMortem preMortem) {
        em.persist(preMortem);
        return preMortem;
    }
}
