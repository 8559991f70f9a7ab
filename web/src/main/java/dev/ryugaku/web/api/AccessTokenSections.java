package dev.ryugaku.web.api;

import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.security.CurrentActor;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Makes the settings' APIトークン section for the signed-in person (with everyone's tokens for owners). */
@Component
public class AccessTokenSections {

    private final AccessTokens tokens;
    private final CurrentActor actor;
    private final Clock clock;

    AccessTokenSections(AccessTokens tokens, CurrentActor actor, Clock clock) {
        this.tokens = tokens;
        this.actor = actor;
        this.clock = clock;
    }

    public AccessTokenSection create(ZoneId zone) {
        return new AccessTokenSection(tokens, zone, clock, actor.get().isOwner());
    }
}
