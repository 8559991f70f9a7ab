package dev.ryugaku.core.checkin;

import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    @Test
    void aRecordNeedsThreeRatingsFromOneToFiveAndASummary() {
        assertThat(CheckInRules.checkRecord(new CheckInRecord(3, 4, 5, "話した", null, null))).isEmpty();
        assertThat(CheckInRules.checkRecord(new CheckInRecord(0, 6, null, "", null, null)))
                .extracting(Violation::field).containsExactly("progress", "wellBeing", "confidence", "summary");
    }

    @Test
    void textsLongerThanTheirLimitAreRefused() {
        String tooLong = "あ".repeat(CheckInRules.BLOCKERS_MAX_LENGTH + 1);
        assertThat(CheckInRules.checkRecord(new CheckInRecord(3, 3, 3, "ok", null, tooLong)))
                .extracting(Violation::reason).containsExactly(CheckInProblem.TEXT_TOO_LONG);
    }

    @Test
    void aCheckInCanBeRecordedFromADayBeforeButNotWhenCancelled() {
        assertThat(CheckInRules.checkRecordable(CheckInStatus.SCHEDULED, NOW.plus(Duration.ofHours(20)), NOW)).isEmpty();
        assertThat(CheckInRules.checkRecordable(CheckInStatus.MISSED, NOW.minus(Duration.ofDays(5)), NOW)).isEmpty();
        assertThat(CheckInRules.checkRecordable(CheckInStatus.SCHEDULED, NOW.plus(Duration.ofDays(2)), NOW))
                .extracting(Violation::reason).containsExactly(CheckInProblem.NOT_YET_DUE);
        assertThat(CheckInRules.checkRecordable(CheckInStatus.CANCELLED, NOW, NOW))
                .extracting(Violation::reason).containsExactly(CheckInProblem.CANCELLED_CANNOT_BE_RECORDED);
    }

    @Test
    void aNewTimeIsInTheFutureOnADayOfTheRotationInTheMentorsZone() {
        assertThat(CheckInRules.checkNewTime(NOW.plus(Duration.ofDays(1)), START, END, TOKYO, NOW)).isEmpty();
        assertThat(CheckInRules.checkNewTime(null, START, END, TOKYO, NOW))
                .extracting(Violation::reason).containsExactly(CheckInProblem.TIME_REQUIRED);
        assertThat(CheckInRules.checkNewTime(NOW.minusSeconds(60), START, END, TOKYO, NOW))
                .extracting(Violation::reason).containsExactly(CheckInProblem.TIME_IN_PAST);
        // 2027-03-31T16:00Z is already April 1st in Tokyo
        Instant afterTheLastDayInTokyo = Instant.parse("2027-03-31T16:00:00Z");
        assertThat(CheckInRules.checkNewTime(afterTheLastDayInTokyo, START, END, TOKYO, NOW))
                .extracting(Violation::reason).containsExactly(CheckInProblem.TIME_OUTSIDE_ROTATION);
    }

    @Test
    void onlyScheduledOrMissedCheckInsCanBeMovedOrCancelled() {
        assertThat(CheckInRules.isOpen(CheckInStatus.SCHEDULED)).isTrue();
        assertThat(CheckInRules.isOpen(CheckInStatus.MISSED)).isTrue();
        assertThat(CheckInRules.isOpen(CheckInStatus.HELD)).isFalse();
        assertThat(CheckInRules.isOpen(CheckInStatus.CANCELLED)).isFalse();
    }

    @Test
    void cancellingNeedsAReason() {
        assertThat(CheckInRules.checkCancelReason("体調不良のため")).isEmpty();
        assertThat(CheckInRules.checkCancelReason(" ")).extracting(Violation::reason).containsExactly(CheckInProblem.REASON_REQUIRED);
    }

    @Test
    void anActionItemIsDueOnOrAfterTheDayItWasAgreed() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertThat(CheckInRules.checkActionItem("手順書を直す", ActionItemOwner.PARTICIPANT, day, day)).isEmpty();
        assertThat(CheckInRules.checkActionItem("手順書を直す", ActionItemOwner.MENTOR, day.minusDays(1), day))
                .extracting(Violation::reason).containsExactly(CheckInProblem.DUE_BEFORE_CHECK_IN);
        assertThat(CheckInRules.checkActionItem(" ", null, null, day)).extracting(Violation::reason)
                .containsExactly(CheckInProblem.ACTION_TEXT_REQUIRED, CheckInProblem.ACTION_OWNER_REQUIRED,
                        CheckInProblem.DUE_DATE_REQUIRED);
    }

    @Test
    void thePreCheckInNoteIsWrittenOnlyBeforeTheTalk() {
        assertThat(CheckInRules.checkParticipantNote("相談したいこと", CheckInStatus.SCHEDULED)).isEmpty();
        assertThat(CheckInRules.checkParticipantNote("相談したいこと", CheckInStatus.HELD))
                .extracting(Violation::reason).containsExactly(CheckInProblem.NOTE_CLOSED);
    }

    // Each rule on its own, by name

    @Test
    void eachRatingIsGivenFromOneToFive() {
        CheckInRecord record = new CheckInRecord(1, 5, 6, "話した", null, null);
        assertThat(CheckInRules.PROGRESS_IS_RATED.check(record)).isEmpty();
        assertThat(CheckInRules.WELL_BEING_IS_RATED.check(record)).isEmpty();
        assertThat(CheckInRules.CONFIDENCE_IS_RATED.check(record)).extracting(Violation::field, Violation::reason)
                .containsExactly(tuple("confidence", CheckInProblem.SCORE_REQUIRED));
        assertThat(CheckInRules.PROGRESS_IS_RATED.check(new CheckInRecord(null, 3, 3, "s", null, null)))
                .extracting(Violation::field).containsExactly("progress");
    }

    @Test
    void theSummaryIsWrittenAndEveryTextFits() {
        assertThat(CheckInRules.SUMMARY_IS_WRITTEN.check(new CheckInRecord(3, 3, 3, " ", null, null)))
                .extracting(Violation::reason).containsExactly(CheckInProblem.SUMMARY_REQUIRED);
        String tooLong = "あ".repeat(CheckInRules.SUMMARY_MAX_LENGTH + 1);
        assertThat(CheckInRules.TEXTS_FIT.check(new CheckInRecord(3, 3, 3, tooLong, tooLong, null)))
                .extracting(Violation::field).containsExactly("summary", "privateNotes");
    }

    @Test
    void aCancelReasonIsGivenWithinItsLength() {
        assertThat(CheckInRules.CANCEL_REASON_IS_GIVEN.check(null)).extracting(Violation::reason)
                .containsExactly(CheckInProblem.REASON_REQUIRED);
        assertThat(CheckInRules.CANCEL_REASON_FITS.check("理".repeat(CheckInRules.CANCEL_REASON_MAX_LENGTH + 1)))
                .extracting(Violation::reason).containsExactly(CheckInProblem.TEXT_TOO_LONG);
        assertThat(CheckInRules.CANCEL_REASON_FITS.check(null)).isEmpty();
    }

    @Test
    void anActionItemHasATextAnOwnerAndADueDateFromTheCheckInOn() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        CheckInRules.ActionItemInput blank = new CheckInRules.ActionItemInput(" ", null, null, day);
        assertThat(CheckInRules.ACTION_TEXT_IS_WRITTEN.check(blank)).extracting(Violation::field).containsExactly("actionText");
        assertThat(CheckInRules.ACTION_OWNER_IS_CHOSEN.check(blank)).extracting(Violation::field).containsExactly("actionOwner");
        assertThat(CheckInRules.ACTION_IS_DUE_FROM_THE_CHECK_IN_ON.check(blank)).extracting(Violation::reason)
                .containsExactly(CheckInProblem.DUE_DATE_REQUIRED);
        CheckInRules.ActionItemInput longText = new CheckInRules.ActionItemInput(
                "手".repeat(CheckInRules.ACTION_TEXT_MAX_LENGTH + 1), ActionItemOwner.MENTOR, day, day);
        assertThat(CheckInRules.ACTION_TEXT_FITS.check(longText)).extracting(Violation::reason)
                .containsExactly(CheckInProblem.TEXT_TOO_LONG);
        assertThat(CheckInRules.ACTION_IS_DUE_FROM_THE_CHECK_IN_ON.check(longText)).as("due the same day").isEmpty();
    }
}
