package dev.ryugaku.web.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import dev.ryugaku.core.people.SignInProtection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Views are denied unless they say who may open them ({@code @RolesAllowed}, {@code @PermitAll});
 * every other request is denied unless permitted here, except that a signed-in GET of an unknown
 * address reaches Vaadin's not-found page. Services decide again on each record.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** Features of the browser the app never uses, switched off for it and anything it might embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), display-capture=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInOptions signIn, SignInMetrics metrics,
                                            SignInFailureHandler signInFailures,
                                            @Value("${ryugaku.oidc.issuer-uri}") String oidcIssuer,
                                            @Value("${ryugaku.session.max-lifetime}") Duration maxLifetime, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/health/**"),
                        withDefaults().matcher("/actuator/prometheus")).permitAll()
                .requestMatchers(withDefaults().matcher("/webjars/**"), withDefaults().matcher("/styles.css"),
                        withDefaults().matcher("/images/**"), withDefaults().matcher("/lumo/**"),
                        withDefaults().matcher("/js/**")).permitAll()
                // calendar feeds: the secret token in the address is the key (CalendarFeeds)
                .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/calendar/*")).permitAll());
        // registered sessions can be ended when a person is deactivated
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry()));
        // before the security context is read from the session: an expired session signs nobody in
        http.addFilterBefore(new SessionLifetimeFilter(maxLifetime, clock), SecurityContextHolderFilter.class);
        if (!signIn.localLogin()) {
            http.addFilterBefore(new LocalLoginSwitchedOff(metrics), CsrfFilter.class);
        }
        // an address nothing else claims (a mistyped /dashbord, /cohorts/abc) goes to Vaadin for a signed-in
        // reader, which answers with the app's own not-found page (their language, a way home) instead
        // of a bare 403; anonymous readers are asked to sign in first, as for every page
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class)
                    .anyRequest(any -> any.access(AuthorizationManagers.allOf(
                            AuthenticatedAuthorizationManager.authenticated(), SecurityConfiguration::readOnly)));
            signIn.singleSignOn().ifPresent(sso -> vaadin.logoutSuccessHandler(sso.logoutSuccessHandler()));
        });
        if (signIn.singleSignOn().isPresent()) {
            signIn.singleSignOn().get().configure(http);
        }
        // Vaadin sets the login page and success handler; a lock and an unreachable database get their
        // own messages (SignInFailureHandler). After with(vaadin()): configurers initialise in order, and
        // the form login must see Vaadin's login page when it initialises, or Spring Security serves its
        // own generated page at /login.
        http.formLogin(form -> form.failureHandler(signInFailures));
        securityHeaders(http, oidcIssuer);
        return http.build();
    }

    /**
     * On every response (pages, Vaadin's requests, downloads, feeds, probes); HSTS only on HTTPS,
     * which behind a TLS proxy is what X-Forwarded-Proto says (server.forward-headers-strategy).
     */
    private static void securityHeaders(HttpSecurity http, String oidcIssuer) throws Exception {
        http.headers(headers -> headers
                // written when the request comes in: Vaadin's pages are forwarded to its servlet, and the
                // container commits a forwarded response past the wrapper that would write them at the end
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.directives(oidcIssuer)))
                // setup links and calendar feeds carry secret tokens in their paths
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    /** GET and HEAD only: nothing else reaches the not-found page. */
    private static AuthorizationResult readOnly(Supplier<? extends Authentication> authentication,
                                                RequestAuthorizationContext context) {
        String method = context.getRequest().getMethod();
        return new AuthorizationDecision("GET".equals(method) || "HEAD".equals(method));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when HTTP sessions end. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Password sign-in: Spring Security's {@code DaoAuthenticationProvider} (which also re-hashes a
     * password in an older format after a successful sign-in) inside the brute-force protection.
     */
    @Bean
    AuthenticationProvider passwordSignIn(PersonUserDetailsService people, PasswordEncoder passwordEncoder,
                                          SignInProtection protection, SignInMetrics metrics) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(people);
        return new ThrottledPasswordSignIn(passwords, protection, metrics);
    }

    /**
     * New hashes are argon2id; older ones (bcrypt, {@code {bcrypt}} prefix) still verify and are
     * re-hashed at the next successful sign-in. The prefix names the format, so no migration is needed.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(argon2, encoders);
    }
}
