package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.LocalDate;

/**
 * The follow-up a few months after a rotation: a graduate may answer it as soon as they graduated;
 * {@value #DAYS_AFTER_END} days after the rotation's effective end they are asked — on their home
 * until they answer, and by one mail sent within {@value #MAIL_DAYS} days of that day (so that a
 * server that was down still sends it, but graduates from long ago are not mailed out of the blue).
 */
public final class FollowUpSchedule {

    public static final int DAYS_AFTER_END = 90;
    public static final int MAIL_DAYS = 30;

    private FollowUpSchedule() {
    }

    public static LocalDate dueOn(LocalDate rotationEnd) {
        return rotationEnd.plusDays(DAYS_AFTER_END);
    }

    /** Graduates answer; a withdrawn rotation is not followed up. */
    public static boolean isOpen(EnrollmentStatus status) {
        return status == EnrollmentStatus.GRADUATED;
    }

    /** The graduate is asked from the due day on until they submit. */
    public static boolean isDue(EnrollmentStatus status, LocalDate rotationEnd, LocalDate today, boolean submitted) {
        return isOpen(status) && !submitted && !today.isBefore(dueOn(rotationEnd));
    }

    /** The reminder mail goes out on the due day or within {@value #MAIL_DAYS} days after it, not later. */
    public static boolean isMailDue(LocalDate rotationEnd, LocalDate today) {
        LocalDate due = dueOn(rotationEnd);
        return !today.isBefore(due) && today.isBefore(due.plusDays(MAIL_DAYS));
    }
}
