package dev.ryugaku.core.reminder;

import dev.ryugaku.core.intake.IntakeApplication;
import dev.ryugaku.core.intake.IntakeApplicationMoved;
import dev.ryugaku.core.intake.IntakeRepository;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells applicants and home-team managers of an intake application's steps (who hears of what:
 * {@link IntakeNoticePolicy}). Each step is recorded into the reminder outbox inside the transaction
 * that made it — by mail, Slack or both as the recipient chose, unless they turned the kind off —
 * and sent by the outbox's job within minutes. What a notice says is read when it is sent; one whose
 * step was undone meanwhile (a selection moved to the waitlist) is skipped.
 */
@Component
class IntakeNotices implements ReminderSource {

    private final IntakeRepository intake;
    private final PersonRepository people;
    private final ReminderRouting routing;
    private final Clock clock;

    IntakeNotices(IntakeRepository intake, PersonRepository people, ReminderRouting routing, Clock clock) {
        this.intake = intake;
        this.people = people;
        this.routing = routing;
        this.clock = clock;
    }

    @EventListener
    void moved(IntakeApplicationMoved moved) {
        IntakeApplication application = intake.findApplication(moved.applicationId()).orElseThrow();
        var step = new IntakeNoticePolicy.Step(moved.before(), moved.after(), moved.enrolled(), moved.actorId(),
                application.getPerson().getId(), application.managerId(), application.awaitsManager());
        Instant now = clock.instant();
        routing.recordNow(IntakeNoticePolicy.noticesFor(step).stream()
                .map(notice -> new DueReminder(notice.kind(), notice.recipientId(), application.getId(),
                        key(notice.kind(), application.getId(), notice.topic(), now)))
                .toList(), now);
    }

    @Override
    public Set<ReminderKind> kinds() {
        return Set.of(ReminderKind.INTAKE_UPDATE, ReminderKind.INTAKE_TEAM);
    }

    /** None by the clock: the steps record them. */
    @Override
    public List<DueReminder> due(Instant now) {
        return List.of();
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        Map<Long, IntakeApplication> applications = intake.findAmong(pending.stream().map(PendingReminder::subjectId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(IntakeApplication::getId, Function.identity()));
        Map<Long, String> nominators = people.findByIdIn(applications.values().stream()
                        .map(IntakeApplication::getNominatedById).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (PendingReminder notice : pending) {
            IntakeApplication application = notice.subjectId() == null ? null : applications.get(notice.subjectId());
            IntakeTopic topic = topicOf(notice.subjectKey());
            if (application == null || topic == null || !stillHolds(notice, topic, application)) {
                continue;
            }
            String cohort = application.getRound().getCohort().getName();
            contents.put(notice.id(), notice.kind() == ReminderKind.INTAKE_UPDATE
                    ? new ReminderContent.IntakeUpdate(application.getId(), topic, cohort,
                            nominators.get(application.getNominatedById()), application.getRound().getClosesOn(),
                            application.getDecisionReason(), application.getOwnerMessage(),
                            application.getWaitlistPosition(), application.getEnrollmentId())
                    : new ReminderContent.IntakeTeamNotice(application.getId(), topic,
                            application.getPerson().getDisplayName(), cohort, application.getRound().getClosesOn()));
        }
        return contents;
    }

    private static boolean stillHolds(PendingReminder notice, IntakeTopic topic, IntakeApplication application) {
        return IntakeNoticePolicy.stillHolds(notice.kind(), topic, application.getState(),
                application.getEnrollmentId() != null, application.awaitsManager(), notice.recipient().personId(),
                application.getPerson().getId(), application.managerId());
    }

    /**
     * E.g. {@code intake-update:42:SELECTED@1764720000000}: one notice per step, so a selection undone
     * and made again is told again.
     */
    static String key(ReminderKind kind, long applicationId, IntakeTopic topic, Instant at) {
        return kind.name().toLowerCase().replace('_', '-') + ":" + applicationId + ":" + topic.name() + "@"
                + at.toEpochMilli();
    }

    /** The topic a key names; null for a key this class did not write. */
    static IntakeTopic topicOf(String key) {
        int start = key.lastIndexOf(':');
        int end = key.indexOf('@', start + 1);
        if (start < 0 || end < 0) {
            return null;
        }
        try {
            return IntakeTopic.valueOf(key.substring(start + 1, end));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
