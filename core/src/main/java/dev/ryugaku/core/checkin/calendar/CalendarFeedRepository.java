package dev.ryugaku.core.checkin.calendar;

import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Calendar feeds and what they show; implemented in the persistence module. */
public interface CalendarFeedRepository {

    CalendarFeed save(CalendarFeed feed);

    /** When the person's working feed was created, if they have one (the newest, should a race have left two). */
    Optional<Instant> findActiveSince(long personId);

    /** Revokes the person's working feeds (normally at most one); returns how many were revoked. */
    int revokeActive(long personId, Instant now);

    /** Whose feed the token hash opens: a feed not revoked, of an active person. */
    Optional<CalendarSubscriber> findSubscriber(String tokenHash);

    /**
     * The check-ins from {@code from} on of every rotation in one of the statuses in which the person
     * is the participant or a mentor, oldest first, with the other side's name: one query.
     */
    List<CalendarEntry> findEntries(long personId, Collection<EnrollmentStatus> rotations, Instant from);
}
