package dev.ryugaku.core.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** When a mentor meets a mentee: a weekday and a time of day in the mentor's time zone. */
public record CheckInSlot(DayOfWeek day, LocalTime time, ZoneId zone) {

    public CheckInSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }
}
