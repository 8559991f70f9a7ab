package dev.ryugaku.core.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Which inbox items a person has opened, by the items' keys; implemented in persistence. */
public interface InboxReadState {

    /** Those of these keys the person has opened: one query. */
    Set<String> readAmong(long personId, Collection<String> keys);

    /** Remembers an opened item; opening it again changes nothing. */
    void markRead(long personId, String key, Instant at);
}
