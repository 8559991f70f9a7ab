package dev.ryugaku.core.reminder;

import dev.ryugaku.core.intake.ApplicationState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who hears of an intake application's step, and whether a notice still holds when it is sent. The
 * applicant hears of what others decided about them; their home-team manager of what needs their
 * approval and of what changes their team; nobody of their own step. Owners are told once a day
 * instead ({@link IntakeReminders}), so that fifty applications are not fifty mails.
 */
final class IntakeNoticePolicy {

    /** The reminder on the day intake closes and the two days before. */
    static final int CLOSING_DAYS = 2;

    private IntakeNoticePolicy() {
    }

    /** One step of an application, with the people around it. */
    record Step(ApplicationState before, ApplicationState after, boolean enrolled, long actorId, long applicantId,
                Long managerId, boolean awaitsManager) {
    }

    /** One notice to record: its kind, recipient and topic. */
    record Notice(ReminderKind kind, long recipientId, IntakeTopic topic) {
    }

    static List<Notice> noticesFor(Step step) {
        List<Notice> notices = new ArrayList<>();
        IntakeTopic forApplicant = step.enrolled() ? IntakeTopic.ENROLLED : applicantTopic(step.after());
        if (forApplicant != null && step.applicantId() != step.actorId()) {
            notices.add(new Notice(ReminderKind.INTAKE_UPDATE, step.applicantId(), forApplicant));
        }
        IntakeTopic forManager = managerTopic(step);
        if (forManager != null && step.managerId() != null && step.managerId() != step.actorId()
                && step.managerId() != step.applicantId()) {
            notices.add(new Notice(ReminderKind.INTAKE_TEAM, step.managerId(), forManager));
        }
        return notices;
    }

    private static IntakeTopic applicantTopic(ApplicationState after) {
        return switch (after) {
            case NOMINATED -> IntakeTopic.NOMINATED;
            case APPROVED -> IntakeTopic.APPROVED;
            case MANAGER_DECLINED -> IntakeTopic.MANAGER_DECLINED;
            case SELECTED -> IntakeTopic.SELECTED;
            case WAITLISTED -> IntakeTopic.WAITLISTED;
            case DECLINED -> IntakeTopic.DECLINED;
            case SUBMITTED, WITHDRAWN -> null;
        };
    }

    private static IntakeTopic managerTopic(Step step) {
        if (step.enrolled()) {
            return null;
        }
        if (step.after() == ApplicationState.SUBMITTED && step.awaitsManager()) {
            return IntakeTopic.APPROVAL_NEEDED;
        }
        if (step.before() == ApplicationState.NOMINATED && step.after() != ApplicationState.WITHDRAWN) {
            return IntakeTopic.CONFIRMED;
        }
        if (step.after() == ApplicationState.SELECTED && step.before() != ApplicationState.SELECTED) {
            return IntakeTopic.SELECTED;
        }
        return step.after() == ApplicationState.WITHDRAWN ? IntakeTopic.WITHDRAWN : null;
    }

    /**
     * Whether a recorded notice still says what is true when it is sent: the application is still in
     * the state it announces (a selection changed to the waitlist meanwhile is not announced), and the
     * recipient is still the applicant or the team's manager.
     */
    static boolean stillHolds(ReminderKind kind, IntakeTopic topic, ApplicationState state, boolean enrolled,
                              boolean awaitsManager, long recipientId, long applicantId, Long managerId) {
        boolean toApplicant = kind == ReminderKind.INTAKE_UPDATE;
        if (toApplicant ? recipientId != applicantId : !Objects.equals(managerId, recipientId)) {
            return false;
        }
        return switch (topic) {
            case ENROLLED -> enrolled;
            case APPROVAL_NEEDED -> awaitsManager;
            case CONFIRMED -> state != ApplicationState.NOMINATED && state != ApplicationState.WITHDRAWN;
            case NOMINATED, APPROVED, MANAGER_DECLINED, SELECTED, WAITLISTED, DECLINED, WITHDRAWN ->
                    state.name().equals(topic.name());
        };
    }

    /** The closing reminder goes out on the closing day and the {@value #CLOSING_DAYS} days before, while open. */
    static boolean closingSoon(LocalDate closesOn, LocalDate today) {
        return !today.isAfter(closesOn) && !today.plusDays(CLOSING_DAYS).isBefore(closesOn);
    }
}
