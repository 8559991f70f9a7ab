package dev.ryugaku.core.reminder;

import dev.ryugaku.core.checkin.AttentionEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reminder mail says, as data: the web layer turns it into text in the recipient's
 * language. Each kind of reminder has its own record.
 */
public interface ReminderContent {

    /** A check-in due soon, or past its time and not recorded: for the mentor. */
    record CheckIn(long checkInId, long enrollmentId, Instant scheduledAt, String menteeName)
            implements ReminderContent {
    }

    /** A participant's open action items due within two days (or overdue), soonest first. */
    record ActionItems(List<Item> items) implements ReminderContent {

        public record Item(String text, LocalDate dueDate, long checkInId) {
        }
    }

    /** A graduate's follow-up is due: what did they bring back to their home team? */
    record FollowUp(long enrollmentId, String cohortName, LocalDate rotationEnd) implements ReminderContent {
    }

    /** The program's attention queue, for an owner's weekly digest. */
    record AttentionDigest(List<AttentionEntry> entries) implements ReminderContent {
    }

    /** A new account's password-setup link. The link exists only in memory: it is never stored. */
    record PasswordSetupLink(String link, Instant expiresAt, boolean replacesPassword) implements ReminderContent {
    }

    /** For the program channel: a cohort started, with the participants and mentors of its current rotations. */
    record CohortStarted(long cohortId, String cohortName, LocalDate startDate, LocalDate endDate,
                         List<String> participants, List<String> mentors) implements ReminderContent {
    }

    /** For the program channel: a rotation graduated. */
    record RotationGraduated(long enrollmentId, String participantName, String cohortName, List<String> mentors)
            implements ReminderContent {
    }

    /** For the program channel: an improvement task is done; the savings are null when not measured. */
    record TaskDone(long taskId, String title, String assigneeName, BigDecimal costSavedPerMonth,
                    BigDecimal toilHoursSavedPerMonth) implements ReminderContent {
    }

    /** A person's password was replaced at this time. */
    record PasswordChangedNotice(Instant changedAt) implements ReminderContent {
    }

    /**
     * To an applicant: a step of their application — the manager's reason, the owner's message, the
     * waitlist position, the closing day (to confirm a nomination by) and the rotation once enrolled.
     */
    record IntakeUpdate(long applicationId, IntakeTopic topic, String cohortName, String nominatorName,
                        LocalDate closesOn, String managerReason, String ownerMessage, Integer waitlistPosition,
                        Long enrollmentId) implements ReminderContent {
    }

    /** To a home-team manager: an application of their team needs their approval, or moved on. */
    record IntakeTeamNotice(long applicationId, IntakeTopic topic, String applicantName, String cohortName,
                            LocalDate closesOn) implements ReminderContent {
    }

    /** To an owner, once a day: a round's applications awaiting their decision, the new ones and withdrawals named. */
    record IntakeDecisions(long cohortId, String cohortName, int awaiting, List<String> newlyAwaiting,
                           List<String> withdrawn) implements ReminderContent {
    }

    /** Intake closes soon: the recipient's nomination to confirm and the approvals they have to give. */
    record IntakeClosing(String cohortName, LocalDate closesOn, boolean nominationToConfirm, int approvalsToGive)
            implements ReminderContent {
    }
}
