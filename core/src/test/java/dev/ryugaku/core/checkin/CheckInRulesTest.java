package dev.ryugaku.core.checkin;

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
}
