package dev.ryugaku.core.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person on whose behalf a service acts. Services decide on every call what this
 * actor may do with the record at hand.
 */
public record Actor(long personId, String displayName, Set<Role> roles, ZoneId zone) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOwner() {
        return has(Role.PROGRAM_OWNER);
    }

    /** Refuses the call unless the actor holds the role; the refusal is logged. */
    public void require(Role role) {
        if (!has(role)) {
            throw AccessDenials.refused(this, "act as " + role, "-", "-");
        }
    }

    /** Today where the actor is: a cohort that starts tomorrow in Tokyo may already have started in UTC. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
