package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.shared.MessageKeyed;

public enum EnrollmentStatus implements MessageKeyed {
    PLANNED,
    ACTIVE,
    GRADUATED,
    WITHDRAWN;

    @Override
    public String messageKey() {
        return "enrollment.status." + name();
    }
}
