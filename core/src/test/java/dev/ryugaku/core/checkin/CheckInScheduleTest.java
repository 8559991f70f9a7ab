package dev.ryugaku.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.CheckInSchedule.Planned;
import dev.ryugaku.core.checkin.CheckInSchedule.Replan;
import dev.ryugaku.core.cohort.CheckInCadence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CheckInSlot THURSDAY_3PM_TOKYO = new CheckInSlot(DayOfWeek.THURSDAY, LocalTime.of(15, 0), TOKYO);

    private static Instant tokyo(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(TOKYO).toInstant();
    }

    @Test
    void weeklyCheckInsFallOnTheMentorsWeekdayAcrossTheWholeRotation() {
        List<Instant> times = CheckInSchedule.times(CheckInCadence.WEEKLY,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), THURSDAY_3PM_TOKYO);
        assertThat(times).containsExactly(tokyo(10, 1, 15), tokyo(10, 8, 15), tokyo(10, 15, 15), tokyo(10, 22, 15),
                tokyo(10, 29, 15));
    }

    @Test
    void biweeklyCheckInsStartOnTheFirstMatchingWeekday() {
        List<Instant> times = CheckInSchedule.times(CheckInCadence.BIWEEKLY,
                LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 12), THURSDAY_3PM_TOKYO);
        assertThat(times).containsExactly(tokyo(10, 8, 15), tokyo(10, 22, 15), tokyo(11, 5, 15));
    }

    @Test
    void theTimeIsTheMentorsLocalTimeEvenAcrossADaylightSavingChange() {
        CheckInSlot berlinMonday10 = new CheckInSlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"));
        List<Instant> times = CheckInSchedule.times(CheckInCadence.WEEKLY,
                LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), berlinMonday10);
        assertThat(times).extracting(t -> t.atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
                .containsOnly(LocalTime.of(10, 0));
        assertThat(times.get(1).getEpochSecond() - times.get(0).getEpochSecond()).isEqualTo(7 * 24 * 3600 + 3600);
    }

    @Test
    void replanningTouchesOnlyFutureUnheldGeneratedCheckIns() {
        Instant now = tokyo(10, 20, 12);
        List<Planned> existing = List.of(
                new Planned(1, tokyo(10, 8, 15), CheckInStatus.HELD, false),
                new Planned(2, tokyo(10, 15, 15), CheckInStatus.SCHEDULED, false),
                new Planned(3, tokyo(10, 22, 15), CheckInStatus.SCHEDULED, false),
                new Planned(4, tokyo(10, 29, 15), CheckInStatus.SCHEDULED, false),
                new Planned(5, tokyo(10, 30, 10), CheckInStatus.SCHEDULED, true));
        List<Instant> biweekly = List.of(tokyo(10, 8, 15), tokyo(10, 22, 15), tokyo(11, 5, 15));

        Replan replan = CheckInSchedule.replan(existing, biweekly, now);

        assertThat(replan.remove()).as("the 29th is no longer wanted; the past 15th and the pinned 30th stay")
                .containsExactly(4L);
        assertThat(replan.add()).as("the 22nd exists already").containsExactly(tokyo(11, 5, 15));
    }

    @Test
    void aCancelledOccurrenceIsNotAddedBackByReplanning() {
        Instant now = tokyo(10, 1, 0);
        List<Planned> existing = List.of(new Planned(7, tokyo(10, 8, 15), CheckInStatus.CANCELLED, false));
        Replan replan = CheckInSchedule.replan(existing, List.of(tokyo(10, 8, 15), tokyo(10, 15, 15)), now);
        assertThat(replan.remove()).isEmpty();
        assertThat(replan.add()).containsExactly(tokyo(10, 15, 15));
    }

    @Test
    void anUnrecordedCheckInIsMissedThreeDaysAfterItsTime() {
        Instant due = tokyo(10, 8, 15);
        assertThat(CheckInSchedule.isMissed(due, CheckInStatus.SCHEDULED, due.plusSeconds(3 * 24 * 3600))).isFalse();
        assertThat(CheckInSchedule.isMissed(due, CheckInStatus.SCHEDULED, due.plusSeconds(3 * 24 * 3600 + 1))).isTrue();
        assertThat(CheckInSchedule.isMissed(due, CheckInStatus.HELD, due.plusSeconds(30 * 24 * 3600))).isFalse();
        assertThat(CheckInSchedule.isMissed(due, CheckInStatus.CANCELLED, due.plusSeconds(30 * 24 * 3600))).isFalse();
    }
}
