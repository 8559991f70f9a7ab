package dev.ryugaku.persistence.dashboard;

import dev.ryugaku.core.checkin.CheckIn;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.worklog.WorkLogEntry;
import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Keeps the stored figures of finished cohorts exact: every write to a row a cohort's figures are
 * computed from (its enrollments, tasks, check-ins, work-log entries, the cohort itself) deletes that
 * cohort's mark in cohort_figures_stored, once per transaction, just before it commits; the dashboard
 * then computes the cohort's figures again until they are stored anew (decision 0026). Listening to
 * Hibernate's entity events catches every write path (services, imports, jobs) without each having to
 * remember. Weekly totals follow the work-log entries they are written with; the one bulk update of
 * these rows (unrecorded check-ins become MISSED) changes no figure: both statuses count as due.
 * Hibernate installs it itself (META-INF/services), so no configuration can leave it out.
 */
public class StoredFiguresInvalidation implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        Listener listener = new Listener(sessionFactory);
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }

    private static final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

        private final Map<SharedSessionContractImplementor, Touched> pending = Collections.synchronizedMap(new WeakHashMap<>());
        private final SessionFactoryImplementor sessionFactory;

        Listener(SessionFactoryImplementor sessionFactory) {
            this.sessionFactory = sessionFactory;
        }

        /** The cohorts and rotations a transaction wrote to. */
        private record Touched(Set<Long> cohorts, Set<Long> rotations) {
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            touched(event.getSession(), event.getEntity(), event.getId(), event.getState(), event.getPersister());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            touched(event.getSession(), event.getEntity(), event.getId(), event.getState(), event.getPersister());
            if (event.getOldState() != null) {
                // a task or rotation moved to another cohort leaves the old one changed too
                touched(event.getSession(), event.getEntity(), event.getId(), event.getOldState(), event.getPersister());
            }
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            touched(event.getSession(), event.getEntity(), event.getId(), event.getDeletedState(), event.getPersister());
        }

        private void touched(SharedSessionContractImplementor session, Object entity, Object id, Object[] state,
                             EntityPersister persister) {
            Long cohort = null;
            Long rotation = null;
            switch (entity) {
                case Cohort ignored -> cohort = (Long) id;
                case Enrollment ignored -> cohort = idOf(state, persister, "cohort");
                case ImprovementTask ignored -> cohort = idOf(state, persister, "cohort");
                case CheckIn ignored -> rotation = idOf(state, persister, "enrollment");
                case WorkLogEntry ignored -> rotation = idOf(state, persister, "enrollment");
                default -> {
                    return;
                }
            }
            Touched touched = pending.computeIfAbsent(session, s -> register(s));
            if (cohort != null) {
                touched.cohorts().add(cohort);
            }
            if (rotation != null) {
                touched.rotations().add(rotation);
            }
        }

        /** The id of an associated entity in an entity's state, without loading it (it may be a proxy). */
        private Long idOf(Object[] state, EntityPersister persister, String property) {
            Object associated = state[persister.getPropertyIndex(property)];
            return associated == null ? null : (Long) sessionFactory.getPersistenceUnitUtil().getIdentifier(associated);
        }

        private Touched register(SharedSessionContractImplementor session) {
            Touched touched = new Touched(new LinkedHashSet<>(), new LinkedHashSet<>());
            TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> unmark(s, pending.remove(s)));
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> pending.remove(s));
            return touched;
        }

        /** One statement per transaction, after its last flush: these cohorts' figures are no longer the stored ones. */
        private static void unmark(SharedSessionContractImplementor session, Touched touched) {
            if (touched == null || !(session instanceof SessionImplementor writer)) {
                return;
            }
            String sql = "DELETE FROM cohort_figures_stored WHERE cohort_id IN (" + placeholders(touched.cohorts()) + ")"
                    + " OR cohort_id IN (SELECT e.cohort_id FROM enrollment e WHERE e.id IN (" + placeholders(touched.rotations()) + "))";
            writer.doWork(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    int index = 1;
                    for (Long id : touched.cohorts()) {
                        delete.setLong(index++, id);
                    }
                    for (Long id : touched.rotations()) {
                        delete.setLong(index++, id);
                    }
                    delete.executeUpdate();
                }
            });
        }

        /** {@code ?, ?, …} for the ids, or NULL (which matches nothing) for none. */
        private static String placeholders(Set<Long> ids) {
            return ids.isEmpty() ? "NULL" : ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        }
    }
}
