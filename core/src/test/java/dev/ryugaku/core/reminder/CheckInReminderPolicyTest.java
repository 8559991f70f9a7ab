package dev.ryugaku.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckInReminderPolicyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    /** The job's daily run: 08:00 in Tokyo on Sunday 22 November 2026 (Saturday 15:00 in Los Angeles). */
    private static final Instant NOW = LocalDate.of(2026, 11, 22).atTime(8, 0).atZone(TOKYO).toInstant();

    private static MentorCheckIn checkIn(Instant at, CheckInStatus status, ZoneId mentorZone) {
        return new MentorCheckIn(7, 3, at, status, EnrollmentStatus.ACTIVE, "田中 翔太", 11, mentorZone);
    }

    private static MentorCheckIn scheduled(Instant at, ZoneId mentorZone) {
        return checkIn(at, CheckInStatus.SCHEDULED, mentorZone);
    }

    private static Instant at(int day, int hour, ZoneId zone) {
        return LocalDate.of(2026, 11, day).atTime(hour, 0).atZone(zone).toInstant();
    }

    @Test
    void aCheckInTomorrowInTheMentorsZoneIsDueSoon() {
        assertThat(CheckInReminderPolicy.isDueSoon(scheduled(at(23, 10, TOKYO), TOKYO), NOW)).isTrue();
        assertThat(CheckInReminderPolicy.isDueSoon(scheduled(at(24, 10, TOKYO), TOKYO), NOW)).as("the day after").isFalse();
    }

    @Test
    void tomorrowIsTheMentorsTomorrowNotTokyos() {
        // seen on Saturday 15:00 in Los Angeles: Sunday is tomorrow there
        assertThat(CheckInReminderPolicy.isDueSoon(scheduled(at(22, 17, LOS_ANGELES), LOS_ANGELES), NOW)).isTrue();
        // Monday 20:00 in Tokyo is tomorrow in Tokyo, but Monday 03:00 — the day after tomorrow — in Los Angeles
        Instant mondayEveningInTokyo = at(23, 20, TOKYO);
        assertThat(CheckInReminderPolicy.isDueSoon(scheduled(mondayEveningInTokyo, TOKYO), NOW)).isTrue();
        assertThat(CheckInReminderPolicy.isDueSoon(scheduled(mondayEveningInTokyo, LOS_ANGELES), NOW)).isFalse();
    }

    @Test
    void aCheckInLaterTodayIsStillRemindedOfIfNoRunDidSoYesterday() {
        assertThat(CheckInReminderPolicy.isDueSoon(scheduled(at(22, 15, TOKYO), TOKYO), NOW)).isTrue();
    }

    @Test
    void onlyAScheduledCheckInOfAnActiveRotationIsRemindedOf() {
        Instant tomorrow = at(23, 10, TOKYO);
        for (CheckInStatus status : new CheckInStatus[] {CheckInStatus.HELD, CheckInStatus.CANCELLED, CheckInStatus.MISSED}) {
            assertThat(CheckInReminderPolicy.isDueSoon(checkIn(tomorrow, status, TOKYO), NOW)).as(status.name()).isFalse();
        }
        MentorCheckIn withdrawn = new MentorCheckIn(7, 3, tomorrow, CheckInStatus.SCHEDULED, EnrollmentStatus.WITHDRAWN,
                "田中 翔太", 11, TOKYO);
        assertThat(CheckInReminderPolicy.isDueSoon(withdrawn, NOW)).isFalse();
    }

    @Test
    void aScheduledCheckInPastItsTimeIsOverdueUntilItCountsAsMissed() {
        assertThat(CheckInReminderPolicy.isOverdue(scheduled(NOW.minus(Duration.ofHours(1)), TOKYO), NOW)).isTrue();
        assertThat(CheckInReminderPolicy.isOverdue(scheduled(NOW.minus(Duration.ofDays(2)), TOKYO), NOW)).isTrue();
        assertThat(CheckInReminderPolicy.isOverdue(scheduled(NOW.minus(Duration.ofDays(4)), TOKYO), NOW)).as("missed").isFalse();
        assertThat(CheckInReminderPolicy.isOverdue(scheduled(NOW.plus(Duration.ofHours(1)), TOKYO), NOW)).isFalse();
        assertThat(CheckInReminderPolicy.isOverdue(checkIn(NOW.minus(Duration.ofHours(1)), CheckInStatus.HELD, TOKYO), NOW))
                .isFalse();
    }

    @Test
    void aMovedCheckInIsRemindedOfAgainAtItsNewTimeButOverdueOnlyOnce() {
        MentorCheckIn first = scheduled(at(23, 10, TOKYO), TOKYO);
        MentorCheckIn moved = scheduled(at(23, 15, TOKYO), TOKYO);
        assertThat(CheckInReminderPolicy.dueKey(first)).isNotEqualTo(CheckInReminderPolicy.dueKey(moved));
        assertThat(CheckInReminderPolicy.overdueKey(first)).isEqualTo(CheckInReminderPolicy.overdueKey(moved));
    }
}
