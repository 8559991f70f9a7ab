package dev.ryugaku.web.checkin;

import dev.ryugaku.core.checkin.ActionItemOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.checkin.ActionItemRow;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInDetail;
import dev.ryugaku.core.checkin.CheckInPlanningService;
import dev.ryugaku.core.checkin.CheckInProblem;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.checkin.CheckInFixtures.Talk;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mentor records check-ins, moves and cancels them, and agrees action items the participant ticks off. */
@RyugakuTest
class CheckInRecordingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CheckInRecord GOOD_TALK = new CheckInRecord(4, 2, 3, "SLOの案を一緒に見直した 🚀",
            "睡眠不足が心配。オンコールを減らす。", "ダッシュボードの権限がない");

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInPlanningService checkInPlanning;

    @Autowired
    ActionItemService actionItems;

    @Autowired
    FreshRotations rotations;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    SignIn signIn;

    @Autowired
    CheckInFixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }



    private CheckInDetail detail(Talk talk) {
        return checkIns.detail(talk.checkInId());
    }

    @Test
    void theMentorRecordsACheckInAndItIsHeld() {
        Talk talk = fixtures.talkSoon();

        checkIns.record(talk.checkInId(), detail(talk).version(), GOOD_TALK);

        CheckInDetail held = detail(talk);
        assertThat(held.status()).isEqualTo(CheckInStatus.HELD);
        assertThat(held.heldAt()).isNotNull();
        assertThat(held.wellBeing()).isEqualTo(2);
        assertThat(held.summary()).isEqualTo("SLOの案を一緒に見直した 🚀");
        assertThat(held.privateNotes()).isEqualTo("睡眠不足が心配。オンコールを減らす。");
    }

    @Test
    void participantNeverReceivesThePrivateNotes() {
        Talk talk = fixtures.talkSoon();
        checkIns.record(talk.checkInId(), detail(talk).version(), GOOD_TALK);

        signIn.as(talk.rotation().login());
        CheckInDetail seenByParticipant = detail(talk);

        assertThat(seenByParticipant.summary()).isEqualTo(GOOD_TALK.summary());
        assertThat(seenByParticipant.blockers()).isEqualTo(GOOD_TALK.blockers());
        assertThat(seenByParticipant.privateNotes()).isNull();
        assertThat(seenByParticipant.toString()).doesNotContain("睡眠不足");
        assertThat(checkIns.checkIns(talk.rotation().enrollmentId()).toString()).doesNotContain("睡眠不足");
        signIn.as(DemoPeople.OWNER);
        assertThat(detail(talk).privateNotes()).isEqualTo(GOOD_TALK.privateNotes());
    }

    @Test
    void participantCannotRecordTheirOwnCheckIn() {
        Talk talk = fixtures.talkSoon();
        signIn.as(talk.rotation().login());
        long version = detail(talk).version();

        assertThatThrownBy(() -> checkIns.record(talk.checkInId(), version, GOOD_TALK))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void participantTypingAnotherParticipantsCheckInIdFindsNothing() {
        Talk talk = fixtures.talkSoon();
        signIn.as(DemoPeople.PARTICIPANT);

        assertThatThrownBy(() -> checkIns.detail(talk.checkInId())).isInstanceOf(RecordNotFoundException.class);
        signIn.as(DemoPeople.OTHER_MENTOR);
        assertThatThrownBy(() -> checkIns.detail(talk.checkInId())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void ratingsOutsideOneToFiveAndAMissingSummaryAreRefusedFieldByField() {
        Talk talk = fixtures.talkSoon();
        long version = detail(talk).version();

        assertThatThrownBy(() -> checkIns.record(talk.checkInId(), version, new CheckInRecord(0, null, 6, " ", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("progress", "wellBeing", "confidence", "summary"));
        assertThat(detail(talk).status()).isEqualTo(CheckInStatus.SCHEDULED);
    }

    @Test
    void aCheckInMoreThanADayAwayCannotBeRecordedYet() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(3), today.plusDays(40));
        signIn.as(DemoPeople.MENTOR);
        CheckInRow later = checkIns.checkIns(fresh.enrollmentId()).getLast();

        assertThatThrownBy(() -> checkIns.record(later.id(), later.version(), GOOD_TALK))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::reason).contains(CheckInProblem.NOT_YET_DUE));
    }

    @Test
    void aRecordSavedMeanwhileByAnotherMentorIsRefusedAsAConcurrentEdit() {
        Talk talk = fixtures.talkSoon();
        long staleVersion = detail(talk).version();
        checkIns.record(talk.checkInId(), staleVersion, GOOD_TALK);

        assertThatThrownBy(() -> checkIns.record(talk.checkInId(), staleVersion, GOOD_TALK))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aRescheduledCheckInStaysWhereTheMentorPutItWhenTheSlotChanges() {
        Talk talk = fixtures.talkSoon();
        Instant movedTo = detail(talk).scheduledAt();
        var plan = checkIns.plan(talk.rotation().enrollmentId());
        DayOfWeek otherDay = plan.slot().day().plus(2);

        checkInPlanning.chooseSlot(talk.rotation().enrollmentId(), plan.version(), otherDay, LocalTime.of(15, 0));

        CheckInDetail afterReplan = detail(talk);
        assertThat(afterReplan.scheduledAt()).isEqualTo(movedTo);
        assertThat(afterReplan.pinned()).isTrue();
    }

    @Test
    void movingACheckInIntoThePastOrOutsideTheRotationIsRefused() {
        Talk talk = fixtures.talkSoon();
        long version = detail(talk).version();

        assertThatThrownBy(() -> checkIns.reschedule(talk.checkInId(), version, Instant.now().minus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::reason).containsExactly(CheckInProblem.TIME_IN_PAST));
        assertThatThrownBy(() -> checkIns.reschedule(talk.checkInId(), version, Instant.now().plus(Duration.ofDays(90))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::reason).containsExactly(CheckInProblem.TIME_OUTSIDE_ROTATION));
    }

    @Test
    void cancellingNeedsAReasonWhichTheParticipantSees() {
        Talk talk = fixtures.talkSoon();
        long version = detail(talk).version();
        assertThatThrownBy(() -> checkIns.cancel(talk.checkInId(), version, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::reason).containsExactly(CheckInProblem.REASON_REQUIRED));

        checkIns.cancel(talk.checkInId(), version, "障害対応のため延期");

        signIn.as(talk.rotation().login());
        CheckInDetail cancelled = detail(talk);
        assertThat(cancelled.status()).isEqualTo(CheckInStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("障害対応のため延期");
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> checkIns.record(talk.checkInId(), cancelled.version(), GOOD_TALK))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theMentorAddsAnExtraCheckInThatIsNotGeneratedByTheCadence() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(3), today.plusDays(40));
        signIn.as(DemoPeople.MENTOR);
        int before = checkIns.checkIns(fresh.enrollmentId()).size();
        Instant extraTime = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

        long extra = checkInPlanning.addExtra(fresh.enrollmentId(), extraTime);

        assertThat(checkIns.checkIns(fresh.enrollmentId())).hasSize(before + 1);
        assertThat(checkIns.detail(extra).pinned()).isTrue();
        signIn.as(fresh.login());
        assertThatThrownBy(() -> checkInPlanning.addExtra(fresh.enrollmentId(), extraTime)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void openActionItemsCarryOverToTheNextCheckInAndAreTickedOffThere() {
        Talk talk = fixtures.talkSoon();
        LocalDate today = LocalDate.now(TOKYO);
        checkIns.record(talk.checkInId(), detail(talk).version(), GOOD_TALK);
        actionItems.addActionItem(talk.checkInId(), "ランブックを更新する", ActionItemOwner.PARTICIPANT, today.plusDays(3));
        actionItems.addActionItem(talk.checkInId(), "権限を申請する", ActionItemOwner.MENTOR, today.plusDays(1));
        long next = checkIns.checkIns(talk.rotation().enrollmentId()).stream()
                .filter(c -> c.scheduledAt().isAfter(detail(talk).scheduledAt())).findFirst().orElseThrow().id();

        CheckInDetail nextCheckIn = checkIns.detail(next);
        assertThat(nextCheckIn.openFromEarlier()).extracting(ActionItemRow::text)
                .containsExactlyInAnyOrder("ランブックを更新する", "権限を申請する");

        ActionItemRow mentorsItem = nextCheckIn.openFromEarlier().stream()
                .filter(i -> i.owner() == ActionItemOwner.MENTOR).findFirst().orElseThrow();
        actionItems.markActionItemDone(mentorsItem.id(), mentorsItem.version(), true);
        assertThat(checkIns.detail(next).openFromEarlier()).extracting(ActionItemRow::text).containsExactly("ランブックを更新する");
    }

    @Test
    void participantTicksOffTheirOwnActionItemButNotTheMentors() {
        Talk talk = fixtures.talkSoon();
        LocalDate today = LocalDate.now(TOKYO);
        actionItems.addActionItem(talk.checkInId(), "ランブックを更新する", ActionItemOwner.PARTICIPANT, today.plusDays(3));
        actionItems.addActionItem(talk.checkInId(), "権限を申請する", ActionItemOwner.MENTOR, today.plusDays(1));

        signIn.as(talk.rotation().login());
        var mine = actionItems.myOpenActionItems();
        assertThat(mine).extracting(ActionItemRow::text).containsExactly("権限を申請する", "ランブックを更新する");
        ActionItemRow own = mine.stream().filter(i -> i.owner() == ActionItemOwner.PARTICIPANT).findFirst().orElseThrow();
        ActionItemRow mentors = mine.stream().filter(i -> i.owner() == ActionItemOwner.MENTOR).findFirst().orElseThrow();

        actionItems.markActionItemDone(own.id(), own.version(), true);
        assertThatThrownBy(() -> actionItems.markActionItemDone(mentors.id(), mentors.version(), true))
                .isInstanceOf(NotPermittedException.class);
        assertThat(actionItems.myOpenActionItems()).extracting(ActionItemRow::text).containsExactly("権限を申請する");
    }

    @Test
    void anActionItemDueBeforeItsCheckInOrWithoutTextIsRefused() {
        Talk talk = fixtures.talkSoon();

        assertThatThrownBy(() -> actionItems.addActionItem(talk.checkInId(), "", null, LocalDate.now(TOKYO).minusDays(5)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("actionText", "actionOwner", "actionDue"));
    }

    @Test
    void theParticipantWritesWhatTheyWantToTalkAboutButNotAfterTheTalk() {
        Talk talk = fixtures.talkSoon();
        signIn.as(talk.rotation().login());

        checkIns.writeParticipantNote(talk.checkInId(), detail(talk).version(), "オンコールの不安について話したい");
        assertThat(detail(talk).participantNote()).isEqualTo("オンコールの不安について話したい");

        signIn.as(DemoPeople.MENTOR);
        assertThat(detail(talk).participantNote()).isEqualTo("オンコールの不安について話したい");
        assertThatThrownBy(() -> checkIns.writeParticipantNote(talk.checkInId(), detail(talk).version(), "代筆"))
                .isInstanceOf(NotPermittedException.class);
        checkIns.record(talk.checkInId(), detail(talk).version(), GOOD_TALK);

        signIn.as(talk.rotation().login());
        assertThatThrownBy(() -> checkIns.writeParticipantNote(talk.checkInId(), detail(talk).version(), "追記"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::reason).containsExactly(CheckInProblem.NOTE_CLOSED));
    }
}
