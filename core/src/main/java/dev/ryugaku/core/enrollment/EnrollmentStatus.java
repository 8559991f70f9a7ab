package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.shared.MessageKeyed;

public enum EnrollmentStatus implements MessageKeyed {
    PLANNED,
    ACTIVE,
    GRADUATED,
    WITHDRAWN;

    /** PLANNED → ACTIVE → GRADUATED; PLANNED or ACTIVE → WITHDRAWN. */
    public boolean canMoveTo(EnrollmentStatus next) {
        return switch (this) {
            case PLANNED -> next == ACTIVE || next == WITHDRAWN;
            case ACTIVE -> next == GRADUATED || next == WITHDRAWN;
            case GRADUATED, WITHDRAWN -> false;
        };
    }

    /** Counts against capacity and against overlapping enrollments. */
    public boolean isCurrent() {
        return this != WITHDRAWN;
    }

    @Override
    public String messageKey() {
        return "enrollment.status." + name();
    }
}
