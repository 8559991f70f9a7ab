package dev.ryugaku.web.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How people may sign in: with a local password ({@code RYUGAKU_LOCAL_LOGIN}), single sign-on, or both. */
@Component
class SignInOptions {

    private final boolean localLogin;
    private final Optional<SingleSignOn> singleSignOn;

    SignInOptions(@Value("${ryugaku.local-login:true}") boolean localLogin, ObjectProvider<SingleSignOn> singleSignOn) {
        this.localLogin = localLogin;
        this.singleSignOn = Optional.ofNullable(singleSignOn.getIfAvailable());
        if (!localLogin && this.singleSignOn.isEmpty()) {
            throw new IllegalStateException("RYUGAKU_LOCAL_LOGIN=false needs single sign-on (RYUGAKU_OIDC_ISSUER_URI):"
                    + " otherwise nobody could sign in");
        }
    }

    boolean localLogin() {
        return localLogin;
    }

    Optional<SingleSignOn> singleSignOn() {
        return singleSignOn;
    }
}
