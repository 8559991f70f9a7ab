package dev.ryugaku.persistence.inbox;

import dev.ryugaku.core.inbox.InboxReadState;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Repository;

/** The inbox's read marks: a plain table of (person, item key), read and written by native SQL. */
@Repository
class InboxReadQueries implements InboxReadState {

    private final EntityManager em;

    InboxReadQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> readAmong(long personId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> read = em.createNativeQuery(
                        "select item_key from inbox_read where person_id = :personId and item_key in (:keys)", String.class)
                .setParameter("personId", personId).setParameter("keys", keys).getResultList();
        return new HashSet<>(read);
    }

    /** INSERT IGNORE: opening an item twice, or in two tabs at once, keeps the first mark. */
    @Override
    public void markRead(long personId, String key, Instant at) {
        em.createNativeQuery("insert ignore into inbox_read (person_id, item_key, read_at) values (:personId, :key, :at)")
                .setParameter("personId", personId).setParameter("key", key).setParameter("at", at).executeUpdate();
    }
}
