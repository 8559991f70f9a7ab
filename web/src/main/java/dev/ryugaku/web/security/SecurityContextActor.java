package dev.ryugaku.web.security;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor behind the current request, from Spring Security's context. */
@Component
class SecurityContextActor implements CurrentActor {

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RyugakuUser user) {
            return user.toActor();
        }
        throw new AuthenticationCredentialsNotFoundException("nobody is signed in");
    }
}
