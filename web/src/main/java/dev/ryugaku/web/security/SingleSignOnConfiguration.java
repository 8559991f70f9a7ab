package dev.ryugaku.web.security;

import dev.ryugaku.core.people.SingleSignOnAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Single sign-on exists only when {@code RYUGAKU_OIDC_ISSUER_URI} is set; the provider's endpoints
 * come from its discovery document, read once at start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfigured.class)
@EnableConfigurationProperties(OidcProperties.class)
class SingleSignOnConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            throw new IllegalStateException("RYUGAKU_OIDC_ISSUER_URI is set, RYUGAKU_OIDC_CLIENT_ID is not");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri().strip())
                .registrationId(SingleSignOn.REGISTRATION_ID)
                .clientId(properties.clientId().strip())
                .clientSecret(properties.clientSecret() == null ? null : properties.clientSecret().strip())
                .clientName(properties.displayName())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    SingleSignOn singleSignOn(OidcProperties properties, ClientRegistrationRepository registrations,
                              SingleSignOnAccounts accounts, SignInMetrics metrics) {
        return new SingleSignOn(properties.displayName(), registrations,
                new OidcPersonLinker(accounts, properties, metrics), new SignOnRefusalHandler(metrics));
    }
}
