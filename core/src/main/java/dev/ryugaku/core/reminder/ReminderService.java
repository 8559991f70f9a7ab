package dev.ryugaku.core.reminder;

import dev.ryugaku.core.people.PasswordChanged;
import dev.ryugaku.core.people.PasswordSetupIssued;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder mails through an outbox: {@link #recordDue()} records the reminders due now, each at
 * most once (a unique key per kind, recipient and subject); {@link #sendPending()} sends the
 * recorded ones, each in its own transaction with its row locked, and marks a row sent only after
 * the mail server accepted the mail. A failed send stays pending and is tried again later.
 */
@Service
public class ReminderService {

    /** How many reminders one run sends at most; the rest wait for the next run. */
    static final int BATCH = 200;
    static final String SETTINGS_RECORD = "ReminderSettings";
    static final String NO_MAIL_SERVER = "no mail server configured";
    static final String DELIVERY_RECORD = "ReminderDeliverySettings";

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final ReminderRepository reminders;
    private final ReminderSettingsRepository settings;
    private final PersonRepository people;
    private final List<ReminderSource> sources;
    private final ReminderMailer mailer;
    private final ReminderSlack slack;
    private final ReminderDeliveryRepository deliveries;
    private final ReminderRouting routing;
    private final TeamRepository teams;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate eachOnItsOwn;

    public ReminderService(ReminderRepository reminders, ReminderSettingsRepository settings, PersonRepository people,
                           List<ReminderSource> sources, ReminderMailer mailer, ReminderSlack slack,
                           ReminderDeliveryRepository deliveries, ReminderRouting routing, TeamRepository teams,
                           CurrentActor currentActor, Clock clock, PlatformTransactionManager transactions) {
        this.reminders = reminders;
        this.settings = settings;
        this.people = people;
        this.sources = List.copyOf(sources);
        this.mailer = mailer;
        this.slack = slack;
        this.deliveries = deliveries;
        this.routing = routing;
        this.teams = teams;
        this.currentActor = currentActor;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a run of {@link #sendPending()} did. */
    public record SendReport(int sent, int failed, int skipped) {
    }

    /**
     * Records the reminders due now that their recipients have not turned off. Each is recorded at
     * most once, however often this runs and on however many replicas. Run by a scheduled job.
     *
     * @return how many were new
     */
    public int recordDue() {
        Instant now = clock.instant();
        Map<DueReminder, Set<ReminderChannel>> due = readOnly.execute(status -> {
            List<DueReminder> found = new ArrayList<>();
            sources.forEach(source -> found.addAll(source.due(now)));
            return routing.route(found);
        });
        int recorded = 0;
        for (Map.Entry<DueReminder, Set<ReminderChannel>> entry : due.entrySet()) {
            DueReminder reminder = entry.getKey();
            for (ReminderChannel channel : entry.getValue()) {
                // one short transaction each: nothing waits on a long one, and one failure loses no other
                recorded += eachOnItsOwn.execute(status -> reminders.insertIfAbsentOn(channel.name(),
                        reminder.kind().name(), reminder.recipientId(), reminder.subjectId(), reminder.subjectKey(), now, now));
            }
        }
        return recorded;
    }

    /**
     * Sends the recorded reminders whose time has come, each in its own transaction. One the
     * recipient has turned off meanwhile, or that is no longer true, is skipped. Run by a scheduled job.
     */
    public SendReport sendPending() {
        Instant now = clock.instant();
        List<PendingReminder> pending = reminders.findSendable(now, PageRequest.of(0, BATCH));
        if (pending.isEmpty()) {
            return new SendReport(0, 0, 0);
        }
        Map<Long, ReminderContent> contents = readOnly.execute(status -> contents(pending, now));
        Set<OptOut> optOuts = readOnly.execute(status -> routing.optOuts(pending.stream()
                .map(p -> p.recipient().personId()).toList()));
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (PendingReminder reminder : pending) {
            boolean optedOut = optOuts.contains(new OptOut(reminder.recipient().personId(), reminder.kind()));
            try {
                switch (send(reminder, optedOut ? null : contents.get(reminder.id()), true)) {
                    case SENT -> sent++;
                    case FAILED -> failed++;
                    case SKIPPED -> skipped++;
                    case TAKEN -> { }
                }
            } catch (RuntimeException stuck) {
                // e.g. the row stayed locked by another sender for too long: it is still pending, the next run sees it
                log.warn("Reminder {} left for the next run: {}", reminder.id(), describe(stuck));
            }
        }
        return new SendReport(sent, failed, skipped);
    }

    /** The reminder for a password-setup link, recorded in the transaction that issues the link. */
    @EventListener
    void recordPasswordSetup(PasswordSetupIssued issued) {
        // no next attempt: the job cannot send it, only the caller of deliverPasswordSetup holds the token
        reminders.insertIfAbsent(ReminderKind.PASSWORD_SETUP.name(), issued.personId(), issued.tokenId(),
                passwordSetupKey(issued), clock.instant(), null);
    }

    /** The notice of a replaced password, recorded in the transaction that replaced it. */
    @EventListener
    void recordPasswordChanged(PasswordChanged changed) {
        if (changed.replaced()) {
            reminders.insertIfAbsent(ReminderKind.PASSWORD_CHANGED.name(), changed.personId(), null,
                    passwordChangedKey(changed), clock.instant(), null);
        }
    }

    /**
     * Mails the notice of a replaced password once, right after the change committed.
     *
     * @return whether the mail server accepted it
     */
    public boolean deliverPasswordChanged(PasswordChanged changed) {
        Optional<PendingReminder> pending = reminders.findPending(ReminderKind.PASSWORD_CHANGED, changed.personId(),
                passwordChangedKey(changed));
        return pending.isPresent() && send(pending.get(), new ReminderContent.PasswordChangedNotice(changed.changedAt()),
                false) == Outcome.SENT;
    }

    /**
     * Mails a password-setup link once, right after the transaction that issued it committed. Not
     * retried: only the token's hash is stored, and the owner who issued the link has it on screen.
     *
     * @return whether the mail server accepted it
     */
    public boolean deliverPasswordSetup(PasswordSetupIssued issued, String link) {
        Optional<PendingReminder> pending = reminders.findPending(ReminderKind.PASSWORD_SETUP, issued.personId(),
                passwordSetupKey(issued));
        return pending.isPresent() && send(pending.get(),
                new ReminderContent.PasswordSetupLink(link, issued.expiresAt(), issued.replacesPassword()), false) == Outcome.SENT;
    }

    /** The signed-in person's reminder settings: the kinds for their roles, each on or off. */
    @Transactional(readOnly = true)
    public ReminderPreferences preferences() {
        Actor actor = currentActor.get();
        Optional<ReminderSettings> saved = settings.findById(actor.personId());
        List<ReminderPreferences.Preference> kinds = optionalKinds(actor).stream()
                .map(kind -> new ReminderPreferences.Preference(kind, saved.map(s -> s.isEnabled(kind)).orElse(true)))
                .toList();
        return new ReminderPreferences(saved.map(ReminderSettings::getVersion).orElse(ReminderPreferences.NEVER_SAVED),
                people.findById(actor.personId()).map(Person::getEmail).orElse(""), kinds);
    }

    /**
     * Turns the kinds for the person's roles on or off: those in {@code enabled} on, the others off.
     * Kinds of roles the person does not hold keep their setting.
     *
     * @throws ConcurrentEditException when the settings were saved meanwhile (e.g. in another tab)
     */
    @Transactional
    public void updatePreferences(long expectedVersion, Collection<ReminderKind> enabled) {
        Actor actor = currentActor.get();
        ReminderSettings mine = settings.findById(actor.personId()).orElse(null);
        long version = mine == null ? ReminderPreferences.NEVER_SAVED : mine.getVersion();
        Versions.require(version, expectedVersion, SETTINGS_RECORD, actor.personId());
        if (mine == null) {
            mine = new ReminderSettings(actor.personId());
        }
        Set<ReminderKind> on = new HashSet<>(enabled);
        for (ReminderKind kind : optionalKinds(actor)) {
            mine.enable(kind, on.contains(kind));
        }
        settings.save(mine);
    }

    /** Where the signed-in person's reminders go, kind by kind, for the kinds of their roles. */
    @Transactional(readOnly = true)
    public SlackDeliveries deliveries() {
        Actor actor = currentActor.get();
        Optional<ReminderDeliverySettings> saved = deliveries.findById(actor.personId());
        return new SlackDeliveries(saved.map(ReminderDeliverySettings::getVersion).orElse(ReminderPreferences.NEVER_SAVED),
                slack.connected(), actor.isOwner(), optionalKinds(actor).stream()
                        .map(kind -> new SlackDeliveries.Delivery(kind,
                                saved.map(s -> s.choice(kind)).orElse(DeliveryChoice.MAIL)))
                        .toList());
    }

    /**
     * Sets where the kinds of the person's roles go; kinds left out of {@code choices} go by e-mail.
     *
     * @throws ConcurrentEditException when the choices were saved meanwhile (e.g. in another tab)
     */
    @Transactional
    public void updateDeliveries(long expectedVersion, Map<ReminderKind, DeliveryChoice> choices) {
        Actor actor = currentActor.get();
        ReminderDeliverySettings mine = deliveries.findById(actor.personId()).orElse(null);
        Versions.require(mine == null ? ReminderPreferences.NEVER_SAVED : mine.getVersion(), expectedVersion,
                DELIVERY_RECORD, actor.personId());
        if (mine == null) {
            mine = new ReminderDeliverySettings(actor.personId());
        }
        for (ReminderKind kind : optionalKinds(actor)) {
            mine.choose(kind, choices.getOrDefault(kind, DeliveryChoice.MAIL));
        }
        deliveries.save(mine);
    }

    /** The kinds the person may turn off: those of their roles, and a team manager's. */
    private List<ReminderKind> optionalKinds(Actor actor) {
        return ReminderKind.optionalFor(actor.roles(), teams.existsByManagerId(actor.personId()));
    }

    private enum Outcome { SENT, FAILED, SKIPPED, TAKEN }

    /** One reminder in its own transaction, its row locked: a second sender waits, then finds it done. */
    private Outcome send(PendingReminder pending, ReminderContent content, boolean retry) {
        return eachOnItsOwn.execute(status -> {
            Optional<Reminder> locked = reminders.lockPending(pending.id());
            if (locked.isEmpty()) {
                return Outcome.TAKEN;
            }
            Reminder reminder = locked.get();
            if (!pending.recipient().active()) {
                reminder.skip("recipient inactive");
                return Outcome.SKIPPED;
            }
            if (content == null) {
                reminder.skip("turned off or no longer applies");
                return Outcome.SKIPPED;
            }
            ReminderMessage message = new ReminderMessage(pending.kind(), pending.recipient(), content);
            try {
                if (pending.channel() == ReminderChannel.SLACK) {
                    slack.send(message);
                } else if (pending.channel() == ReminderChannel.SLACK_CHANNEL) {
                    slack.post(message);
                } else if (!mailer.send(message)) {
                    reminder.skip(NO_MAIL_SERVER);
                    return Outcome.SKIPPED;
                }
            } catch (DeliveryRefused refused) {
                reminder.skip(refused.getMessage());
                return Outcome.SKIPPED;
            } catch (DeliveryDeferred deferred) {
                reminder.deferred(clock.instant(), deferred.getMessage(), deferred.getWait());
                log.warn("Reminder {} ({}) to person {} deferred by {} for {}", pending.id(), pending.kind(),
                        pending.recipient().personId(), pending.channel(), deferred.getWait());
                return Outcome.FAILED;
            } catch (RuntimeException failure) {
                reminder.failed(clock.instant(), describe(failure), retry);
                log.warn("Reminder {} ({}, {}) to person {} not sent, attempt {}: {}", pending.id(), pending.kind(),
                        pending.channel(), pending.recipient().personId(), reminder.getAttempts(), describe(failure));
                return Outcome.FAILED;
            }
            reminder.sent(clock.instant());
            return Outcome.SENT;
        });
    }

    private Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (ReminderSource source : sources) {
            List<PendingReminder> mine = pending.stream().filter(p -> source.kinds().contains(p.kind())).toList();
            if (!mine.isEmpty()) {
                contents.putAll(source.contents(mine, now));
            }
        }
        return contents;
    }

    private static String passwordChangedKey(PasswordChanged changed) {
        return "password-changed:" + changed.changedAt().toEpochMilli();
    }

    private static String passwordSetupKey(PasswordSetupIssued issued) {
        return "password-setup:" + issued.tokenId();
    }

    /** The failure and its causes' messages, e.g. "Mail server connection failed; Connection refused". */
    private static String describe(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, Throwable::getCause).limit(4)
                .map(t -> t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()))
                .collect(Collectors.joining("; "));
    }
}
