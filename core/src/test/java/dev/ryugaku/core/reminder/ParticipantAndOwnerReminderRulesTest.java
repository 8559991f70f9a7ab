package dev.ryugaku.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipantAndOwnerReminderRulesTest {

    // 2026-11-22 23:30 in Tokyo, still 2026-11-22 06:30 in Los Angeles
    private static final Instant NOW = Instant.parse("2026-11-22T14:30:00Z");

    private static ParticipantActionItem dueOn(LocalDate due, String zone) {
        return new ParticipantActionItem(1, "手順書を直す", due, 2, 3, zone);
    }

    @Test
    void anActionItemIsDueSoonFromTwoDaysBeforeInTheParticipantsZoneAndWhileOverdue() {
        assertThat(ActionItemReminders.isDueSoon(dueOn(LocalDate.of(2026, 11, 24), "Asia/Tokyo"), NOW)).isTrue();
        assertThat(ActionItemReminders.isDueSoon(dueOn(LocalDate.of(2026, 11, 25), "Asia/Tokyo"), NOW)).isFalse();
        assertThat(ActionItemReminders.isDueSoon(dueOn(LocalDate.of(2026, 11, 20), "Asia/Tokyo"), NOW)).isTrue();
        // in Los Angeles it is still the 22nd: the 24th is two days away, the 25th three
        assertThat(ActionItemReminders.isDueSoon(dueOn(LocalDate.of(2026, 11, 24), "America/Los_Angeles"), NOW)).isTrue();
        assertThat(ActionItemReminders.isDueSoon(dueOn(LocalDate.of(2026, 11, 25), "America/Los_Angeles"), NOW)).isFalse();
    }

    @Test
    void aParticipantIsRemindedOnceADayAndAnOwnerOnceAWeek() {
        assertThat(ActionItemReminders.key(LocalDate.of(2026, 11, 22))).isEqualTo("action-items:2026-11-22");
        assertThat(AttentionDigestReminders.key(LocalDate.of(2026, 11, 16)))
                .isEqualTo(AttentionDigestReminders.key(LocalDate.of(2026, 11, 22))).isEqualTo("attention-digest:2026-W47");
        assertThat(AttentionDigestReminders.key(LocalDate.of(2026, 11, 23))).isEqualTo("attention-digest:2026-W48");
        assertThat(AttentionDigestReminders.key(LocalDate.of(2027, 1, 1))).isEqualTo("attention-digest:2026-W53");
    }
}
