package dev.ryugaku.persistence.checkin;

import dev.ryugaku.core.checkin.calendar.CalendarEntry;
import dev.ryugaku.core.checkin.calendar.CalendarFeed;
import dev.ryugaku.core.checkin.calendar.CalendarFeedRepository;
import dev.ryugaku.core.checkin.calendar.CalendarSubscriber;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Calendar feeds: the token lookup and the feed's check-ins are one projection query each. */
interface CalendarFeedJpaRepository extends JpaRepository<CalendarFeed, Long>, CalendarFeedRepository {

    @Override
    @Query("select max(f.createdAt) from CalendarFeed f where f.person.id = :personId and f.revokedAt is null")
    Optional<Instant> findActiveSince(@Param("personId") long personId);

    @Override
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update versioned CalendarFeed f set f.revokedAt = :now where f.person.id = :personId and f.revokedAt is null")
    int revokeActive(@Param("personId") long personId, @Param("now") Instant now);

    @Override
    @Query("""
            select new dev.ryugaku.core.checkin.calendar.CalendarSubscriber(p.id, p.locale, p.timeZone)
            from CalendarFeed f join f.person p
            where f.tokenHash = :tokenHash and f.revokedAt is null and p.active = true
            """)
    Optional<CalendarSubscriber> findSubscriber(@Param("tokenHash") String tokenHash);

    @Override
    @Query("""
            select new dev.ryugaku.core.checkin.calendar.CalendarEntry(c.id, c.scheduledAt, c.status, co.name,
                case when p.id = :personId then coalesce(m1.displayName, m2.displayName) else p.displayName end,
                case when p.id = :personId then false else true end)
            from CheckIn c join c.enrollment e join e.person p join e.cohort co
                left join e.primaryMentor m1 left join e.secondaryMentor m2
            where (p.id = :personId or m1.id = :personId or m2.id = :personId)
                and e.status in :rotations and c.scheduledAt >= :from
            order by c.scheduledAt, c.id
            """)
    List<CalendarEntry> findEntries(@Param("personId") long personId,
                                    @Param("rotations") Collection<EnrollmentStatus> rotations,
                                    @Param("from") Instant from);
}
