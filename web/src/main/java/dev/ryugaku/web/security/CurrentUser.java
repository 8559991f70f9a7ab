package dev.ryugaku.web.security;

import dev.ryugaku.core.security.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** What views need to know about the signed-in person: today where they are. */
@Component
public class CurrentUser {

    private final CurrentActor actor;
    private final Clock clock;

    CurrentUser(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    /** The person's time zone (Asia/Tokyo unless they chose another). */
    public ZoneId zone() {
        return actor.get().zone();
    }

    /** Today in the person's time zone. */
    public LocalDate today() {
        return actor.get().today(clock);
    }
}
