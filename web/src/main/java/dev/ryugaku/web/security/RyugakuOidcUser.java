package dev.ryugaku.web.security;

import dev.ryugaku.core.people.Person;
import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the OpenID Connect provider: the Ryugaku person (roles from the
 * database, not from the provider) plus the provider's tokens for RP-initiated sign-out.
 */
final class RyugakuOidcUser extends RyugakuUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    RyugakuOidcUser(Person person, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(person);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The Ryugaku login name, as for a password sign-in. */
    @Override
    public String getName() {
        return getUsername();
    }
}
