package dev.ryugaku.core.checkin.calendar;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.SecretTokens;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar addresses (iCalendar feeds) of check-ins. Each person manages their own: at most
 * one works at a time, a new one replaces it, and a revoked or unknown one shows nothing. The feed
 * itself is read without a sign-in: the token is the only key, so only its hash is stored.
 *
 * <p>A feed lists the check-ins of the person's active and graduated rotations, as participant or
 * as (primary or second) mentor, from {@link #HISTORY} ago on: upcoming ones and, for context, the
 * recent past ones, cancelled ones included (calendars show them as cancelled). Withdrawn
 * rotations drop out.
 */
@Service
public class CalendarFeeds {

    /** How far back a feed reaches, so that the calendar keeps the recent check-ins. */
    public static final Duration HISTORY = Duration.ofDays(30);

    static final Set<EnrollmentStatus> SHOWN_ROTATIONS = EnumSet.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED);

    private final CalendarFeedRepository feeds;
    private final PersonRepository people;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    public CalendarFeeds(CalendarFeedRepository feeds, PersonRepository people, CurrentActor currentActor,
                         AuditLog auditLog, Clock clock) {
        this.feeds = feeds;
        this.people = people;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Since when the signed-in person's feed works; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> activeSince() {
        return feeds.findActiveSince(currentActor.get().personId());
    }

    /**
     * A new secret address for the signed-in person; their earlier one stops working. Returns the
     * token, which is never stored and cannot be shown again.
     */
    @Transactional
    public String create() {
        Actor actor = currentActor.get();
        Person person = people.findById(actor.personId())
                .orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_TYPE, actor.personId()));
        Instant now = clock.instant();
        // under REPEATABLE READ the update's locks make a concurrent creation wait and then revoke this one;
        // should two ever work at once, the next creation or revocation stops both
        feeds.revokeActive(person.getId(), now);
        String token = SecretTokens.generate();
        feeds.save(new CalendarFeed(person, SecretTokens.hash(token), now));
        auditLog.record(actor, "CALENDAR_FEED_CREATED", PersonService.RECORD_TYPE, person.getId());
        return token;
    }

    /** Stops the signed-in person's feed; returns whether there was one. */
    @Transactional
    public boolean revoke() {
        Actor actor = currentActor.get();
        boolean revoked = feeds.revokeActive(actor.personId(), clock.instant()) > 0;
        if (revoked) {
            auditLog.record(actor, "CALENDAR_FEED_REVOKED", PersonService.RECORD_TYPE, actor.personId());
        }
        return revoked;
    }

    /** What the feed of a token shows, or empty for a revoked, unknown or malformed token. No sign-in needed. */
    @Transactional(readOnly = true)
    public Optional<SubscribedCalendar> calendarFor(String token) {
        if (!SecretTokens.isPlausible(token)) {
            return Optional.empty();
        }
        return feeds.findSubscriber(SecretTokens.hash(token)).map(subscriber -> new SubscribedCalendar(
                subscriber.language(), subscriber.zone(),
                feeds.findEntries(subscriber.personId(), SHOWN_ROTATIONS, clock.instant().minus(HISTORY))));
    }
}
