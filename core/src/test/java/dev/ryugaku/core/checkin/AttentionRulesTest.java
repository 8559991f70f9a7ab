package dev.ryugaku.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.MenteeSignals.CheckInFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionRulesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = TODAY.atTime(9, 0).atZone(TOKYO).toInstant();

    private static Instant daysAgo(int days) {
        return NOW.minusSeconds(days * 24L * 3600);
    }

    private static CheckInFact held(int daysAgo, int wellBeing) {
        return new CheckInFact(daysAgo(daysAgo), CheckInStatus.HELD, wellBeing);
    }

    private static MenteeSignals checkIns(CheckInFact... checkIns) {
        return new MenteeSignals(List.of(checkIns), List.of(), 0, List.of());
    }

    private static List<AttentionReason> reasons(MenteeSignals mentee) {
        return AttentionRules.reasons(mentee, NOW, TODAY);
    }

    @Test
    void aMenteeWhoseTalksGoWellNeedsNoAttention() {
        assertThat(reasons(checkIns(held(14, 4), held(7, 4),
                new CheckInFact(NOW.plusSeconds(3600), CheckInStatus.SCHEDULED, null)))).isEmpty();
    }

    @Test
    void aCheckInPastItsTimeAndNotRecordedIsOverdue() {
        assertThat(reasons(checkIns(held(8, 4), new CheckInFact(daysAgo(1), CheckInStatus.SCHEDULED, null))))
                .containsExactly(AttentionReason.CHECKIN_OVERDUE);
    }

    @Test
    void aMissedCheckInCountsUntilTheNextOneIsHeld() {
        assertThat(reasons(checkIns(held(14, 4), new CheckInFact(daysAgo(7), CheckInStatus.MISSED, null))))
                .containsExactly(AttentionReason.CHECKIN_MISSED);
        assertThat(reasons(checkIns(new CheckInFact(daysAgo(14), CheckInStatus.MISSED, null), held(7, 4)))).isEmpty();
        assertThat(reasons(checkIns(held(14, 4), new CheckInFact(daysAgo(7), CheckInStatus.CANCELLED, null)))).isEmpty();
    }

    @Test
    void lowWellBeingTwiceInARowNeedsAttentionOnceDoesNot() {
        assertThat(reasons(checkIns(held(21, 4), held(14, 3), held(7, 2)))).isEmpty();
        assertThat(reasons(checkIns(held(14, 2), held(7, 2)))).containsExactly(AttentionReason.WELLBEING_LOW_TWICE);
    }

    @Test
    void wellBeingFallingByTwoOrMoreNeedsAttention() {
        assertThat(reasons(checkIns(held(14, 5), held(7, 3)))).containsExactly(AttentionReason.WELLBEING_FALLING);
        assertThat(reasons(checkIns(held(14, 5), held(7, 4)))).isEmpty();
        assertThat(reasons(checkIns(held(14, 4), held(7, 2)))).containsExactly(AttentionReason.WELLBEING_FALLING);
    }

    @Test
    void toilOverTheCapTwoWeeksRunningNeedsAttention() {
        assertThat(reasons(new MenteeSignals(List.of(), List.of(true, false, true), 0, List.of()))).isEmpty();
        assertThat(reasons(new MenteeSignals(List.of(), List.of(false, true, true), 0, List.of())))
                .containsExactly(AttentionReason.TOIL_HIGH_TWO_WEEKS);
    }

    @Test
    void aHighRiskTaskWithoutAnApprovedPreMortemNeedsAttention() {
        assertThat(reasons(new MenteeSignals(List.of(), List.of(), 1, List.of())))
                .containsExactly(AttentionReason.HIGH_RISK_WITHOUT_PREMORTEM);
    }

    @Test
    void anActionItemPastItsDueDateNeedsAttentionOneDueTodayDoesNot() {
        assertThat(reasons(new MenteeSignals(List.of(), List.of(), 0, List.of(TODAY)))).isEmpty();
        assertThat(reasons(new MenteeSignals(List.of(), List.of(), 0, List.of(TODAY, TODAY.minusDays(1)))))
                .containsExactly(AttentionReason.ACTION_ITEMS_OVERDUE);
    }
}
