package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import java.util.Optional;
import java.util.Set;

/**
 * What an OpenID Connect provider says about the person signing in.
 *
 * @param subject         the provider's id of the person (for the log)
 * @param email           the e-mail address, or null when the provider sent none
 * @param emailVerified   whether the provider vouches for that address
 * @param name            the name the provider knows, or null
 * @param rolesFromGroups the roles the person's provider groups map to; empty when groups are not mapped
 */
public record ProviderIdentity(String subject, String email, boolean emailVerified, String name,
                               Optional<Set<Role>> rolesFromGroups) {

    public ProviderIdentity {
        rolesFromGroups = rolesFromGroups.map(Set::copyOf);
    }

    /** An identity whose roles stay as they are in Ryugaku. */
    public static ProviderIdentity withoutGroups(String subject, String email, boolean emailVerified, String name) {
        return new ProviderIdentity(subject, email, emailVerified, name, Optional.empty());
    }
}
