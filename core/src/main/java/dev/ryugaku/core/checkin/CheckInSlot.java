package dev.ryugaku.core.checkin;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** When a mentor meets a mentee: a weekday and a time of day in the mentor's time zone. */
public record CheckInSlot(DayOfWeek day, LocalTime time, ZoneId zone) {

    private static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    public CheckInSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** The mentor's chosen weekday and time, else the rotation's first weekday at 10:00, in the primary mentor's zone. */
    public static CheckInSlot of(Enrollment rotation) {
        DayOfWeek day = rotation.getCheckInDay() != null ? rotation.getCheckInDay() : rotation.effectiveStart().getDayOfWeek();
        LocalTime time = rotation.getCheckInTime() != null ? rotation.getCheckInTime() : DEFAULT_TIME;
        Person mentor = rotation.getPrimaryMentor();
        return new CheckInSlot(day, time, mentor != null ? mentor.getZone() : Person.DEFAULT_ZONE);
    }
}
