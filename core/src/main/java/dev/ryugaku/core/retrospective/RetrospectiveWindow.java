package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.LocalDate;

/**
 * When a rotation can be looked back on: from two weeks before its effective end (an extension
 * moves the window with it), while it runs or after it graduated. The participant's retrospective
 * and the mentor's final evaluation share the window; neither closes.
 */
public final class RetrospectiveWindow {

    public static final int DAYS_BEFORE_END = 14;

    private RetrospectiveWindow() {
    }

    /** The first day the retrospective and the final evaluation can be written. */
    public static LocalDate opensOn(LocalDate rotationEnd) {
        return rotationEnd.minusDays(DAYS_BEFORE_END);
    }

    /** Only a rotation that is running or graduated is looked back on; planned and withdrawn ones are not. */
    public static boolean applies(EnrollmentStatus status) {
        return status == EnrollmentStatus.ACTIVE || status == EnrollmentStatus.GRADUATED;
    }

    public static boolean isOpen(EnrollmentStatus status, LocalDate rotationEnd, LocalDate today) {
        return applies(status) && !today.isBefore(opensOn(rotationEnd));
    }
}
