package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's groups claim, mapped to Ryugaku roles by the configured group names. */
class GroupRoleMappingTest {

    private final GroupRoleMapping mapping = new GroupRoleMapping("groups", List.of("ryugaku-owners"),
            List.of("ryugaku-mentors", "sre"), List.of("ryugaku-participants"));

    @Test
    void eachMappedGroupGivesItsRole() {
        assertThat(mapping.rolesOf(user(Map.of("groups", List.of("sre", "ryugaku-participants", "payments")))))
                .contains(Set.of(Role.MENTOR, Role.PARTICIPANT));
    }

    @Test
    void groupsThatMapToNothingGiveNoRole() {
        assertThat(mapping.rolesOf(user(Map.of("groups", List.of("payments"))))).contains(Set.of());
    }

    @Test
    void aSingleGroupAsTextCounts() {
        assertThat(mapping.rolesOf(user(Map.of("groups", "ryugaku-owners")))).contains(Set.of(Role.PROGRAM_OWNER));
    }

    @Test
    void aTokenWithoutTheClaimLeavesTheRolesAlone() {
        assertThat(mapping.rolesOf(user(Map.of()))).isEmpty();
    }

    @Test
    void withoutAConfiguredClaimGroupsAreIgnored() {
        GroupRoleMapping off = new GroupRoleMapping("", List.of("ryugaku-owners"), List.of(), List.of());

        assertThat(off.rolesOf(user(Map.of("groups", List.of("ryugaku-owners"))))).isEqualTo(Optional.empty());
    }

    private static OidcUser user(Map<String, Object> claims) {
        OidcIdToken token = OidcIdToken.withTokenValue("token").subject("someone").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claims(all -> all.putAll(claims)).build();
        return new DefaultOidcUser(List.of(), token);
    }
}
