package dev.ryugaku.core.intake;

import dev.ryugaku.core.shared.MessageKeyed;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an intake application stands. A nomination waits for the nominee to confirm; a submitted
 * application waits for the home-team manager when the round asks for approval; owners then select,
 * waitlist or decline. The applicant may withdraw until the application has become an enrollment.
 */
public enum ApplicationState implements MessageKeyed {
    NOMINATED,
    SUBMITTED,
    APPROVED,
    MANAGER_DECLINED,
    SELECTED,
    WAITLISTED,
    DECLINED,
    WITHDRAWN;

    /** States an owner decides from: the manager has approved, or no approval was needed. */
    static final Set<ApplicationState> DECIDABLE = EnumSet.of(SUBMITTED, APPROVED, SELECTED, WAITLISTED, DECLINED);

    /** Still in play: counts towards a team's load and may be withdrawn. */
    public boolean isOpen() {
        return this != MANAGER_DECLINED && this != DECLINED && this != WITHDRAWN;
    }

    @Override
    public String messageKey() {
        return "intake.state." + name();
    }
}
