package dev.ryugaku.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with an OpenID Connect provider, set by the {@code RYUGAKU_OIDC_*} environment
 * variables (see deploy/README.md). Without an issuer there is no single sign-on.
 *
 * @param groupsClaim       the ID-token or user-info claim that lists the person's groups; blank = roles
 *                          are managed in Ryugaku only
 * @param ownerGroups       groups whose members are program owners (likewise mentors, participants)
 */
@ConfigurationProperties("ryugaku.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String displayName,
                      List<String> allowedDomains, boolean createAccounts, String groupsClaim,
                      List<String> ownerGroups, List<String> mentorGroups, List<String> participantGroups) {

    OidcProperties {
        allowedDomains = allowedDomains == null ? List.of() : List.copyOf(allowedDomains);
        ownerGroups = ownerGroups == null ? List.of() : List.copyOf(ownerGroups);
        mentorGroups = mentorGroups == null ? List.of() : List.copyOf(mentorGroups);
        participantGroups = participantGroups == null ? List.of() : List.copyOf(participantGroups);
        displayName = displayName == null || displayName.isBlank() ? "SSO" : displayName.strip();
    }
}
