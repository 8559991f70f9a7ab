package dev.ryugaku.core.inbox;

import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.checkin.CheckInToHold;
import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.IntakeWaiting;
import dev.ryugaku.core.reminder.ActionItemReminderPolicy;
import dev.ryugaku.core.reminder.CheckInReminderPolicy;
import dev.ryugaku.core.reminder.MentorCheckIn;
import dev.ryugaku.core.retrospective.EvaluationService;
import dev.ryugaku.core.retrospective.FollowUpService;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.retrospective.WritingDue;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.task.ReviewItem;
import dev.ryugaku.core.task.TaskService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox (decision 0033): what needs the signed-in person now — the facts of the reminder
 * mails, judged by the mails' own rules, and the reviews waiting — read in one transaction from the
 * services the homes use, so it shows exactly what those services let the person see. An item is
 * read once opened; it leaves the inbox when its fact no longer holds (the check-in recorded, the
 * task reviewed, the retrospective submitted).
 */
@Service
public class InboxService {

    /** Longer keys are not ours: the column holds this many characters. */
    static final int MAX_KEY_LENGTH = 190;

    private final CheckInService checkIns;
    private final ActionItemService actionItems;
    private final TaskService tasks;
    private final EnrollmentService enrollments;
    private final EvaluationService evaluations;
    private final RetrospectiveService retrospectives;
    private final FollowUpService followUps;
    private final IntakeService intake;
    private final InboxReadState readState;
    private final CurrentActor currentActor;
    private final Clock clock;

    public InboxService(CheckInService checkIns, ActionItemService actionItems, TaskService tasks,
                        EnrollmentService enrollments, EvaluationService evaluations,
                        RetrospectiveService retrospectives, FollowUpService followUps, IntakeService intake,
                        InboxReadState readState, CurrentActor currentActor, Clock clock) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.tasks = tasks;
        this.enrollments = enrollments;
        this.evaluations = evaluations;
        this.retrospectives = retrospectives;
        this.followUps = followUps;
        this.intake = intake;
        this.readState = readState;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The signed-in person's inbox, with what they have opened marked read. */
    @Transactional(readOnly = true)
    public Inbox mine() {
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        List<InboxItem> items = new ArrayList<>();
        if (actor.has(Role.MENTOR)) {
            items.addAll(checkIns(actor, now));
            for (ReviewItem review : tasks.reviewQueue()) {
                boolean task = review.kind() == ReviewItem.Kind.TASK;
                items.add(new InboxItem(task ? InboxKind.TASK_REVIEW : InboxKind.PRE_MORTEM_REVIEW,
                        (task ? "task-review:" : "pre-mortem:") + review.taskId() + "@" + review.waitingSince().getEpochSecond(),
                        review.taskId(), review.title(), review.waitingSince(), null, false));
            }
            items.addAll(writing(InboxKind.EVALUATION_TO_WRITE, "evaluation:", evaluations.myEvaluationsToWrite(), true));
        }
        if (actor.has(Role.PARTICIPANT)) {
            items.addAll(actionItemsDue(actor));
            items.addAll(writing(InboxKind.RETROSPECTIVE_TO_WRITE, "retrospective:",
                    retrospectives.myRetrospectivesToWrite(), false));
            items.addAll(writing(InboxKind.FOLLOW_UP_DUE, "follow-up:", followUps.myFollowUpsDue(), false));
        }
        items.addAll(intake(intake.waitingOnMe()));
        if (items.isEmpty()) {
            return new Inbox(List.of());
        }
        Set<String> read = readState.readAmong(actor.personId(), items.stream().map(InboxItem::key).toList());
        return new Inbox(items.stream().map(item -> item.markedRead(read.contains(item.key()))).toList());
    }

    /** The signed-in person opened this item: it no longer counts on their bell. */
    @Transactional
    public void markRead(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException(List.of(Violation.of("key", InboxProblem.UNKNOWN_ITEM)));
        }
        readState.markRead(currentActor.get().personId(), key, clock.instant());
    }

    /**
     * What waits on the reader in intake: a nomination (until the round closes), a team member's
     * application to approve, and for owners each round with applications to decide — unread again
     * when a newer one arrives.
     */
    private static List<InboxItem> intake(IntakeWaiting waiting) {
        List<InboxItem> items = new ArrayList<>();
        waiting.nominations().forEach(n -> items.add(new InboxItem(InboxKind.INTAKE_NOMINATION,
                "intake-nomination:" + n.applicationId(), n.applicationId(), n.cohortName(), null, n.closesOn(), false)));
        waiting.approvals().forEach(a -> items.add(new InboxItem(InboxKind.INTAKE_APPROVAL,
                "intake-approval:" + a.applicationId(), a.applicationId(), a.applicantName(), a.since(), null, false)));
        waiting.decisions().forEach(r -> items.add(new InboxItem(InboxKind.INTAKE_DECISIONS,
                "intake-decisions:" + r.roundId() + "@" + (r.latest() == null ? 0 : r.latest().getEpochSecond()),
                r.cohortId(), r.cohortName(), r.latest(), null, false)));
        return items;
    }

    /** The mentor's check-ins the mails remind of, by the mails' rules, in the mentor's zone. */
    private static List<InboxItem> checkIns(Actor actor, Instant now, List<CheckInToHold> toHold) {
        List<InboxItem> items = new ArrayList<>();
        for (CheckInToHold held : toHold) {
            MentorCheckIn checkIn = new MentorCheckIn(held.id(), held.enrollmentId(), held.scheduledAt(),
                    CheckInStatus.SCHEDULED, EnrollmentStatus.ACTIVE, held.participantName(), actor.personId(), actor.zone());
            if (CheckInReminderPolicy.isDueSoon(checkIn, now)) {
                items.add(new InboxItem(InboxKind.CHECK_IN_SOON, "check-in-soon:" + held.id() + "@"
                        + held.scheduledAt().getEpochSecond(), held.id(), held.participantName(), held.scheduledAt(), null, false));
            } else if (CheckInReminderPolicy.isOverdue(checkIn, now)) {
                items.add(new InboxItem(InboxKind.CHECK_IN_UNRECORDED, "check-in-unrecorded:" + held.id(), held.id(),
                        held.participantName(), held.scheduledAt(), null, false));
            }
        }
        return items;
    }

    private List<InboxItem> checkIns(Actor actor, Instant now) {
        return checkIns(actor, now, checkIns.myCheckInsToHold());
    }

    /** The participant's own open action items of their active rotation, due within two days or overdue. */
    private List<InboxItem> actionItemsDue(Actor actor) {
        LocalDate today = actor.today(clock);
        return enrollments.myRotation().filter(rotation -> rotation.status() == EnrollmentStatus.ACTIVE)
                .map(EnrollmentDetails::id).map(actionItems::openActionItems).orElse(List.of()).stream()
                .filter(item -> item.owner() == ActionItemOwner.PARTICIPANT)
                .filter(item -> ActionItemReminderPolicy.isDueSoon(item.dueDate(), today))
                .map(item -> new InboxItem(InboxKind.ACTION_ITEM_DUE, "action-item:" + item.id() + "@" + item.dueDate(),
                        item.checkInId(), item.text(), null, item.dueDate(), false))
                .toList();
    }

    /** A retrospective, evaluation or follow-up to write: about the mentee for a mentor, the cohort for its writer. */
    private static List<InboxItem> writing(InboxKind kind, String keyPrefix, List<WritingDue> due, boolean aboutPerson) {
        return due.stream().map(d -> new InboxItem(kind, keyPrefix + d.enrollmentId(), d.enrollmentId(),
                aboutPerson ? d.personName() : d.cohortName(), null, d.date(), false)).toList();
    }
}
