package dev.ryugaku.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpReminderRulesTest {

    // 2026-12-29 08:00 in Tokyo, still 2026-12-28 15:00 in Los Angeles
    private static final Instant NOW = Instant.parse("2026-12-28T23:00:00Z");

    private static GraduateFollowUp endedOn(LocalDate end, String zone) {
        return new GraduateFollowUp(1, 2, zone, "第1期", end);
    }

    @Test
    void theGraduateIsMailedFromTheNinetiethDayAfterTheEndInTheirOwnZone() {
        LocalDate end = LocalDate.of(2026, 9, 30);
        assertThat(FollowUpReminders.isMailDue(endedOn(end, "Asia/Tokyo"), NOW)).isTrue();
        assertThat(FollowUpReminders.isMailDue(endedOn(end, "America/Los_Angeles"), NOW)).isFalse();
        assertThat(FollowUpReminders.isMailDue(endedOn(end.minusDays(31), "Asia/Tokyo"), NOW))
                .as("fell due more than thirty days ago").isFalse();
    }

    @Test
    void eachRotationIsFollowedUpByMailOnce() {
        assertThat(FollowUpReminders.key(42)).isEqualTo("follow-up:42");
    }
}
