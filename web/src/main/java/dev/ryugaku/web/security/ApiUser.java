package dev.ryugaku.web.security;

import dev.ryugaku.core.api.TokenHolder;
import dev.ryugaku.core.people.Person;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person calling the API with one of their access tokens: the same person to every service (so
 * every permission check is the UI's), plus the token's scopes as {@code SCOPE_read} /
 * {@code SCOPE_write} and its name for the audit log. Never kept in a session.
 */
public final class ApiUser extends RyugakuUser {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String READ = "SCOPE_read";
    public static final String WRITE = "SCOPE_write";

    private final transient TokenHolder token;

    ApiUser(Person person, TokenHolder token) {
        super(person);
        this.token = token;
    }

    /** The token this call came with. */
    public TokenHolder token() {
        return token;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>(super.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(READ));
        if (token.write()) {
            authorities.add(new SimpleGrantedAuthority(WRITE));
        }
        return authorities;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }
}
