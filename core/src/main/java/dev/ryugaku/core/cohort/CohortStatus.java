package dev.ryugaku.core.cohort;

import dev.ryugaku.core.shared.MessageKeyed;
import java.time.LocalDate;

/**
 * A cohort's status as users see it: DRAFT and CANCELLED when set so, otherwise derived from the
 * dates and today, so that it never needs a job to move it along.
 */
public enum CohortStatus implements MessageKeyed {
    DRAFT,
    PLANNED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    public static CohortStatus of(CohortState state, LocalDate start, LocalDate end, LocalDate today) {
        return switch (state) {
            case DRAFT -> DRAFT;
            case CANCELLED -> CANCELLED;
            case SCHEDULED -> today.isBefore(start) ? PLANNED : today.isAfter(end) ? COMPLETED : ACTIVE;
        };
    }

    /** A cohort can still be edited or cancelled until it is over or called off. */
    public boolean isChangeable() {
        return this != COMPLETED && this != CANCELLED;
    }

    @Override
    public String messageKey() {
        return "cohort.status." + name();
    }
}
