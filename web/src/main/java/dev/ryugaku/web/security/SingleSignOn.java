package dev.ryugaku.web.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/** The configured OpenID Connect provider, and how the security filter chain signs people in with it. */
class SingleSignOn {

    /** Spring's registration id: the provider's redirect URI is {@code {baseUrl}/login/oauth2/code/oidc}. */
    static final String REGISTRATION_ID = "oidc";
    /** Where the sign-in button sends the browser: Spring redirects on to the provider. */
    static final String AUTHORIZATION_PATH = "oauth2/authorization/" + REGISTRATION_ID;

    private final String displayName;
    private final ClientRegistrationRepository registrations;
    private final OidcPersonLinker linker;
    private final SignOnRefusalHandler refusals;

    SingleSignOn(String displayName, ClientRegistrationRepository registrations, OidcPersonLinker linker,
                 SignOnRefusalHandler refusals) {
        this.displayName = displayName;
        this.registrations = registrations;
        this.linker = linker;
        this.refusals = refusals;
    }

    /** The provider's name on the sign-in button. */
    String displayName() {
        return displayName;
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(linker))
                .failureHandler(refusals));
    }

    /**
     * Sign-out ends the provider's session too where it offers RP-initiated logout, then comes
     * back to the app; a password sign-in just returns to the app. Redirects the Vaadin way
     * (the sign-out is clicked inside the UI).
     */
    LogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}");
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }
}
