package dev.ryugaku.core.reminder;

import dev.ryugaku.core.checkin.CheckInSchedule;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.Instant;
import java.time.LocalDate;

/** Which mentor is reminded of which check-in, and when. Pure rules, tested without a database. */
public final class CheckInReminderPolicy {

    private CheckInReminderPolicy() {
    }

    /**
     * Due soon: still SCHEDULED in an ACTIVE rotation, in the future, and on tomorrow's date — or
     * today's, if yesterday's run missed it — in the mentor's time zone.
     */
    public static boolean isDueSoon(MentorCheckIn checkIn, Instant now) {
        LocalDate today = now.atZone(checkIn.mentorZone()).toLocalDate();
        LocalDate day = checkIn.scheduledAt().atZone(checkIn.mentorZone()).toLocalDate();
        return isOpen(checkIn) && checkIn.scheduledAt().isAfter(now) && !day.isAfter(today.plusDays(1));
    }

    /** Overdue: its time has passed, it is still SCHEDULED in an ACTIVE rotation, and not yet MISSED. */
    public static boolean isOverdue(MentorCheckIn checkIn, Instant now) {
        return isOpen(checkIn) && !checkIn.scheduledAt().isAfter(now)
                && !CheckInSchedule.isMissed(checkIn.scheduledAt(), checkIn.status(), now);
    }

    /**
     * The due-soon reminder is once per check-in and time: a check-in moved to another time is
     * reminded of again, at its new time.
     */
    public static String dueKey(MentorCheckIn checkIn) {
        return "check-in:" + checkIn.checkInId() + "@" + checkIn.scheduledAt().getEpochSecond();
    }

    /** The overdue reminder is once per check-in. */
    public static String overdueKey(MentorCheckIn checkIn) {
        return "check-in:" + checkIn.checkInId();
    }

    private static boolean isOpen(MentorCheckIn checkIn) {
        return checkIn.status() == CheckInStatus.SCHEDULED && checkIn.rotationStatus() == EnrollmentStatus.ACTIVE;
    }
}
