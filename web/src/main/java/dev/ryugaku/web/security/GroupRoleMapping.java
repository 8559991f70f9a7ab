package dev.ryugaku.web.security;

import dev.ryugaku.core.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Optional: the provider's groups decide the roles. When a groups claim is configured, every
 * single sign-on sets the person's roles to those their groups map to; a token without the claim
 * leaves the roles as they are (a provider that stopped sending groups must not strip everyone).
 */
final class GroupRoleMapping {

    private final String claim;
    private final Map<Role, List<String>> groupsByRole;

    GroupRoleMapping(String claim, List<String> ownerGroups, List<String> mentorGroups, List<String> participantGroups) {
        this.claim = claim == null ? "" : claim.strip();
        this.groupsByRole = Map.of(Role.PROGRAM_OWNER, ownerGroups, Role.MENTOR, mentorGroups,
                Role.PARTICIPANT, participantGroups);
    }

    static GroupRoleMapping of(OidcProperties properties) {
        return new GroupRoleMapping(properties.groupsClaim(), properties.ownerGroups(), properties.mentorGroups(),
                properties.participantGroups());
    }

    /** The roles the person's groups map to; empty when groups are not mapped or the claim is missing. */
    Optional<Set<Role>> rolesOf(OidcUser user) {
        if (claim.isEmpty() || !user.hasClaim(claim)) {
            return Optional.empty();
        }
        Object value = user.getClaims().get(claim);
        Collection<?> groups = value instanceof Collection<?> many ? many : List.of(String.valueOf(value));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupsByRole.forEach((role, mapped) -> {
            if (groups.stream().map(String::valueOf).anyMatch(mapped::contains)) {
                roles.add(role);
            }
        });
        return Optional.of(roles);
    }
}
