package dev.ryugaku.web.security;

import dev.ryugaku.core.people.ProviderIdentity;
import dev.ryugaku.core.people.SignOnPolicy;
import dev.ryugaku.core.people.SignOnResult;
import dev.ryugaku.core.people.SingleSignOnAccounts;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the provider's ID token, decides who signs in: the active
 * person with the verified e-mail address, or nobody (the refusal's reason goes to
 * {@link SignOnRefusalHandler} as the OAuth2 error code). Every outcome is logged and counted.
 */
class OidcPersonLinker implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcPersonLinker.class);

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final SignOnPolicy policy;
    private final GroupRoleMapping groups;
    private final SignInMetrics metrics;

    OidcPersonLinker(SingleSignOnAccounts accounts, OidcProperties properties, SignInMetrics metrics) {
        this.accounts = accounts;
        this.policy = new SignOnPolicy(new HashSet<>(properties.allowedDomains()), properties.createAccounts());
        this.groups = GroupRoleMapping.of(properties);
        this.metrics = metrics;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return link(provider.loadUser(request));
    }

    /** The person the provider's user signs in as; refused with the reason as error code. */
    RyugakuOidcUser link(OidcUser user) {
        ProviderIdentity identity = new ProviderIdentity(user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName(), groups.rolesOf(user));
        return switch (accounts.signOn(identity, policy)) {
            case SignOnResult.SignedOn signedOn -> {
                log.info("Single sign-on: subject {} ({}) signed in as person {}{}", identity.subject(), identity.email(),
                        signedOn.person().getId(), signedOn.created() ? ", created just now without roles" : "");
                metrics.record(SignInMetrics.Method.SSO, SignInMetrics.Outcome.SUCCESS);
                yield new RyugakuOidcUser(signedOn.person(), user.getIdToken(), user.getUserInfo());
            }
            case SignOnResult.Refused refused -> {
                log.warn("Single sign-on refused: subject {} ({}, verified {}): {}", identity.subject(), identity.email(),
                        identity.emailVerified(), refused.reason());
                metrics.record(SignInMetrics.Method.SSO, SignInMetrics.Outcome.REFUSED);
                throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().name()),
                        "refused: " + refused.reason());
            }
        };
    }
}
