package dev.ryugaku.web.security;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.Role;
import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it; services see it as an {@link Actor}. A
 * person signed in by single sign-on is a {@link RyugakuOidcUser}, the same person with the
 * provider's ID token (needed to end the provider's session on sign-out); one calling the API with an
 * access token is an {@link ApiUser}.
 */
public sealed class RyugakuUser implements UserDetails permits RyugakuOidcUser, ApiUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String loginName;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final String zone;
    private final boolean active;

    RyugakuUser(Person person) {
        this.personId = person.getId();
        this.loginName = person.getLoginName();
        this.displayName = person.getDisplayName();
        this.passwordHash = person.getPasswordHash();
        this.roles = Set.copyOf(person.getRoles());
        this.zone = person.getZone().getId();
        this.active = person.isActive() && person.getPasswordHash() != null;
    }

    public Actor toActor() {
        return new Actor(personId, displayName, roles, ZoneId.of(zone));
    }

    public String getDisplayName() {
        return displayName;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return loginName;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    public long getPersonId() {
        return personId;
    }

    /** One person, one principal: the session registry finds all of a person's sessions by it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RyugakuUser user && user.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }
}
