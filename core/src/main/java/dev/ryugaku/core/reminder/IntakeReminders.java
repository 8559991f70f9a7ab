package dev.ryugaku.core.reminder;

import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.IntakeApplication;
import dev.ryugaku.core.intake.IntakePolicies;
import dev.ryugaku.core.intake.IntakeRepository;
import dev.ryugaku.core.intake.IntakeRound;
import dev.ryugaku.core.people.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Intake's reminders by the clock, recorded by the daily run. Before a round closes (on its closing
 * day and the {@value IntakeNoticePolicy#CLOSING_DAYS} days before, by the program's calendar, in
 * which round dates are set): one reminder per round to each nominee who has not confirmed and each
 * manager with approvals to give. And owners' daily note of a round's applications that became
 * theirs to decide, or were withdrawn, since the day before; the note lists every one still waiting.
 */
@Component
class IntakeReminders implements ReminderSource {

    /** A day, and an hour of slack for a daily run that starts late; the notes' key keeps one a day. */
    static final Duration SINCE_YESTERDAY = Duration.ofHours(25);

    private final IntakeRepository intake;
    private final ProgramOwners owners;

    IntakeReminders(IntakeRepository intake, ProgramOwners owners) {
        this.intake = intake;
        this.owners = owners;
    }

    @Override
    public Set<ReminderKind> kinds() {
        return Set.of(ReminderKind.INTAKE_CLOSING, ReminderKind.INTAKE_DECISIONS);
    }

    @Override
    public List<DueReminder> due(Instant now) {
        List<DueReminder> due = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, Person.DEFAULT_ZONE);
        for (IntakeApplication waiting : intake.findWaitingInRoundsClosingBetween(today,
                today.plusDays(IntakeNoticePolicy.CLOSING_DAYS))) {
            IntakeRound round = waiting.getRound();
            Long recipient = waitingOn(waiting);
            if (recipient != null && IntakeNoticePolicy.closingSoon(round.getClosesOn(), today)) {
                due.add(new DueReminder(ReminderKind.INTAKE_CLOSING, recipient, round.getId(), closingKey(round.getId())));
            }
        }
        Set<Long> roundsWithNews = intake.findMovedSince(now.minus(SINCE_YESTERDAY)).stream()
                .filter(application -> newForOwners(application, now)).map(a -> a.getRound().getId())
                .collect(Collectors.toSet());
        if (!roundsWithNews.isEmpty()) {
            List<Long> ownerIds = owners.activeOwnerIds();
            for (long roundId : roundsWithNews) {
                ownerIds.forEach(owner -> due.add(new DueReminder(ReminderKind.INTAKE_DECISIONS, owner, roundId,
                        "intake-decisions:" + roundId + ":" + today)));
            }
        }
        return due;
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        Map<Long, List<IntakeApplication>> byRound = intake.findAllOfRounds(pending.stream()
                        .map(PendingReminder::subjectId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.groupingBy(a -> a.getRound().getId(), LinkedHashMap::new, Collectors.toList()));
        LocalDate today = LocalDate.ofInstant(now, Person.DEFAULT_ZONE);
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (PendingReminder reminder : pending) {
            List<IntakeApplication> applications = byRound.getOrDefault(reminder.subjectId(), List.of());
            if (applications.isEmpty()) {
                continue;
            }
            ReminderContent content = reminder.kind() == ReminderKind.INTAKE_CLOSING
                    ? closing(applications, reminder.recipient().personId(), today)
                    : decisions(applications, now);
            if (content != null) {
                contents.put(reminder.id(), content);
            }
        }
        return contents;
    }

    /** The recipient's part before the round closes; null when nothing waits on them any more or it closed. */
    private static ReminderContent.IntakeClosing closing(List<IntakeApplication> applications, long recipientId,
                                                         LocalDate today) {
        IntakeRound round = applications.getFirst().getRound();
        if (!round.isOpenOn(today)) {
            return null;
        }
        boolean nomination = applications.stream().anyMatch(a -> a.getState() == ApplicationState.NOMINATED
                && a.getPerson().getId() == recipientId);
        int approvals = (int) applications.stream().filter(a -> a.getState() == ApplicationState.SUBMITTED
                && Objects.equals(waitingOn(a), recipientId)).count();
        return nomination || approvals > 0 ? new ReminderContent.IntakeClosing(round.getCohort().getName(),
                round.getClosesOn(), nomination, approvals) : null;
    }

    /** The owners' note: all waiting for a decision, the ones new since yesterday and withdrawals named. */
    private static ReminderContent.IntakeDecisions decisions(List<IntakeApplication> applications, Instant now) {
        IntakeRound round = applications.getFirst().getRound();
        List<IntakeApplication> awaiting = applications.stream().filter(IntakeReminders::awaitsOwners).toList();
        List<String> newlyAwaiting = awaiting.stream().filter(a -> newForOwners(a, now))
                .map(a -> a.getPerson().getDisplayName()).toList();
        List<String> withdrawn = applications.stream()
                .filter(a -> a.getState() == ApplicationState.WITHDRAWN && newForOwners(a, now))
                .map(a -> a.getPerson().getDisplayName()).toList();
        if (awaiting.isEmpty() && withdrawn.isEmpty()) {
            return null;
        }
        return new ReminderContent.IntakeDecisions(round.getCohort().getId(), round.getCohort().getName(),
                awaiting.size(), newlyAwaiting, withdrawn);
    }

    /** Who must act before the round closes: the nominee to confirm, or the manager to approve. */
    private static Long waitingOn(IntakeApplication application) {
        if (application.getState() == ApplicationState.NOMINATED) {
            return application.getPerson().getId();
        }
        return application.awaitsManager() ? application.managerId() : null;
    }

    /** Waiting for the owners' decision: approved, or submitted without an approval to wait for. */
    private static boolean awaitsOwners(IntakeApplication application) {
        return application.getState() == ApplicationState.APPROVED
                || application.getState() == ApplicationState.SUBMITTED && waitingOn(application) == null;
    }

    /**
     * Became the owners' to decide since yesterday, or was withdrawn since then after reaching them
     * (a nomination withdrawn before it was confirmed never did).
     */
    static boolean newForOwners(IntakeApplication application, Instant now) {
        Instant since = now.minus(SINCE_YESTERDAY);
        if (application.getState() == ApplicationState.WITHDRAWN) {
            boolean reachedOwners = application.getSubmittedAt() != null && (application.getApprovedAt() != null
                    || !IntakePolicies.awaitsManager(ApplicationState.SUBMITTED, application.getRound().isApprovalRequired(),
                            application.managerId() != null));
            return reachedOwners && after(application.getDecidedAt(), since);
        }
        if (!awaitsOwners(application)) {
            return false;
        }
        return application.getState() == ApplicationState.APPROVED ? after(application.getApprovedAt(), since)
                : after(application.getSubmittedAt(), since);
    }

    private static boolean after(Instant moment, Instant since) {
        return moment != null && !moment.isBefore(since);
    }

    static String closingKey(long roundId) {
        return "intake-closing:" + roundId;
    }
}
