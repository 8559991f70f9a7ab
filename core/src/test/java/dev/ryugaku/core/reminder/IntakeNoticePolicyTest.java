package dev.ryugaku.core.reminder;

import static dev.ryugaku.core.intake.ApplicationState.APPROVED;
import static dev.ryugaku.core.intake.ApplicationState.DECLINED;
import static dev.ryugaku.core.intake.ApplicationState.MANAGER_DECLINED;
import static dev.ryugaku.core.intake.ApplicationState.NOMINATED;
import static dev.ryugaku.core.intake.ApplicationState.SELECTED;
import static dev.ryugaku.core.intake.ApplicationState.SUBMITTED;
import static dev.ryugaku.core.intake.ApplicationState.WAITLISTED;
import static dev.ryugaku.core.intake.ApplicationState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.reminder.IntakeNoticePolicy.Notice;
import dev.ryugaku.core.reminder.IntakeNoticePolicy.Step;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeNoticePolicyTest {

    private static final long APPLICANT = 1;
    private static final long MANAGER = 2;
    private static final long OWNER = 3;

    private static Step step(ApplicationState before, ApplicationState after, long actor, boolean awaitsManager) {
        return new Step(before, after, false, actor, APPLICANT, MANAGER, awaitsManager);
    }

    @Test
    void anApplicationWaitingForApprovalIsTheManagersToHearOfNotTheApplicants() {
        assertThat(IntakeNoticePolicy.noticesFor(step(null, SUBMITTED, APPLICANT, true)))
                .containsExactly(new Notice(ReminderKind.INTAKE_TEAM, MANAGER, IntakeTopic.APPROVAL_NEEDED));
    }

    @Test
    void anApplicationNeedingNoApprovalIsNobodysToHearOfAtOnce() {
        // owners read of it in their daily note
        assertThat(IntakeNoticePolicy.noticesFor(step(null, SUBMITTED, APPLICANT, false))).isEmpty();
    }

    @Test
    void theApplicantHearsOfTheManagersDecisionEitherWay() {
        assertThat(IntakeNoticePolicy.noticesFor(step(SUBMITTED, APPROVED, MANAGER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.APPROVED));
        assertThat(IntakeNoticePolicy.noticesFor(step(SUBMITTED, MANAGER_DECLINED, MANAGER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.MANAGER_DECLINED));
    }

    @Test
    void aSelectionIsToldToTheApplicantAndToTheTeamThatLosesThem() {
        assertThat(IntakeNoticePolicy.noticesFor(step(APPROVED, SELECTED, OWNER, false))).containsExactly(
                new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.SELECTED),
                new Notice(ReminderKind.INTAKE_TEAM, MANAGER, IntakeTopic.SELECTED));
    }

    @Test
    void waitlistAndDeclineAreTheApplicantsAlone() {
        assertThat(IntakeNoticePolicy.noticesFor(step(APPROVED, WAITLISTED, OWNER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.WAITLISTED));
        assertThat(IntakeNoticePolicy.noticesFor(step(SELECTED, DECLINED, OWNER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.DECLINED));
    }

    @Test
    void anEnrollmentIsToldToTheApplicantOnly() {
        assertThat(IntakeNoticePolicy.noticesFor(new Step(SELECTED, SELECTED, true, OWNER, APPLICANT, MANAGER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.ENROLLED));
    }

    @Test
    void aNominationIsToldToTheNomineeAndItsConfirmationToTheManager() {
        assertThat(IntakeNoticePolicy.noticesFor(step(null, NOMINATED, MANAGER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.NOMINATED));
        assertThat(IntakeNoticePolicy.noticesFor(step(NOMINATED, APPROVED, APPLICANT, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_TEAM, MANAGER, IntakeTopic.CONFIRMED));
    }

    @Test
    void aWithdrawalIsToldToTheManager() {
        assertThat(IntakeNoticePolicy.noticesFor(step(SELECTED, WITHDRAWN, APPLICANT, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_TEAM, MANAGER, IntakeTopic.WITHDRAWN));
    }

    @Test
    void nobodyIsToldOfTheirOwnStep() {
        // an owner applying to their own program, and selecting themselves
        assertThat(IntakeNoticePolicy.noticesFor(new Step(APPROVED, SELECTED, false, APPLICANT, APPLICANT, MANAGER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_TEAM, MANAGER, IntakeTopic.SELECTED));
        // a manager selecting their own team member as an owner
        assertThat(IntakeNoticePolicy.noticesFor(step(APPROVED, SELECTED, MANAGER, false)))
                .containsExactly(new Notice(ReminderKind.INTAKE_UPDATE, APPLICANT, IntakeTopic.SELECTED));
    }

    @Test
    void aTeamWithoutManagerHasNobodyToTell() {
        assertThat(IntakeNoticePolicy.noticesFor(new Step(SELECTED, WITHDRAWN, false, APPLICANT, APPLICANT, null, false)))
                .isEmpty();
    }

    /** Whether a notice of the kind and topic holds for the recipient, the applicant being APPLICANT. */
    private static boolean holds(ReminderKind kind, IntakeTopic topic, ApplicationState state, boolean enrolled,
                                 boolean awaitsManager, long recipient, Long manager) {
        return IntakeNoticePolicy.stillHolds(kind, topic, state, enrolled, awaitsManager, recipient, APPLICANT, manager);
    }

    @Test
    void aNoticeHoldsOnlyWhileTheApplicationStaysWhereItAnnounces() {
        assertThat(holds(ReminderKind.INTAKE_UPDATE, IntakeTopic.SELECTED, SELECTED, false, false, APPLICANT, MANAGER))
                .isTrue();
        assertThat(holds(ReminderKind.INTAKE_TEAM, IntakeTopic.SELECTED, SELECTED, false, false, MANAGER, MANAGER))
                .as("the same topic, to the team").isTrue();
        assertThat(holds(ReminderKind.INTAKE_UPDATE, IntakeTopic.SELECTED, WAITLISTED, false, false, APPLICANT, MANAGER))
                .isFalse();
        assertThat(holds(ReminderKind.INTAKE_UPDATE, IntakeTopic.ENROLLED, SELECTED, true, false, APPLICANT, MANAGER))
                .isTrue();
        assertThat(holds(ReminderKind.INTAKE_TEAM, IntakeTopic.APPROVAL_NEEDED, SUBMITTED, false, false, MANAGER, MANAGER))
                .as("withdrawn or approved meanwhile").isFalse();
        assertThat(holds(ReminderKind.INTAKE_TEAM, IntakeTopic.CONFIRMED, APPROVED, false, false, MANAGER, MANAGER))
                .isTrue();
    }

    @Test
    void aTeamNoticeGoesOnlyToWhoeverStillManagesTheTeam() {
        assertThat(holds(ReminderKind.INTAKE_TEAM, IntakeTopic.APPROVAL_NEEDED, SUBMITTED, false, true, MANAGER, MANAGER))
                .isTrue();
        assertThat(holds(ReminderKind.INTAKE_TEAM, IntakeTopic.APPROVAL_NEEDED, SUBMITTED, false, true, MANAGER, 99L))
                .isFalse();
        assertThat(holds(ReminderKind.INTAKE_UPDATE, IntakeTopic.SELECTED, SELECTED, false, false, MANAGER, MANAGER))
                .as("an applicant's notice is the applicant's").isFalse();
    }

    @Test
    void theClosingReminderGoesOutOnTheClosingDayAndTheTwoDaysBefore() {
        LocalDate closes = LocalDate.of(2026, 12, 10);
        assertThat(IntakeNoticePolicy.closingSoon(closes, closes.minusDays(3))).isFalse();
        assertThat(IntakeNoticePolicy.closingSoon(closes, closes.minusDays(2))).isTrue();
        assertThat(IntakeNoticePolicy.closingSoon(closes, closes)).isTrue();
        assertThat(IntakeNoticePolicy.closingSoon(closes, closes.plusDays(1))).isFalse();
    }

    @Test
    void aNoticesKeyNamesItsTopicAndMoment() {
        String key = IntakeNotices.key(ReminderKind.INTAKE_UPDATE, 42, IntakeTopic.MANAGER_DECLINED,
                Instant.ofEpochMilli(1_764_720_000_000L));
        assertThat(key).isEqualTo("intake-update:42:MANAGER_DECLINED@1764720000000");
        assertThat(IntakeNotices.topicOf(key)).isEqualTo(IntakeTopic.MANAGER_DECLINED);
        assertThat(IntakeNotices.topicOf("follow-up:42")).isNull();
    }
}
