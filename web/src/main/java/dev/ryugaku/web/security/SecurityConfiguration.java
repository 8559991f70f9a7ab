package dev.ryugaku.web.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Views are denied unless they say who may open them ({@code @RolesAllowed}, {@code @PermitAll});
 * every other request is denied unless permitted here. Services decide again on each record.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInFailureHandler signInFailures) throws Exception {
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's: a sign-in the database could not check says so, instead of "wrong password"
        http.with(new SignInFailures(signInFailures), Customizer.withDefaults());
        return http.build();
    }

    /**
     * Hands Vaadin's form login our failure handler. Done in {@code init}, after Vaadin's configurer
     * has set up form login: configuring form login before it would bring back Spring's generated
     * login page in place of the Vaadin view.
     */
    private static final class SignInFailures extends AbstractHttpConfigurer<SignInFailures, HttpSecurity> {

        private final AuthenticationFailureHandler handler;

        SignInFailures(AuthenticationFailureHandler handler) {
            this.handler = handler;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void init(HttpSecurity http) {
            FormLoginConfigurer<HttpSecurity> formLogin = http.getConfigurer(FormLoginConfigurer.class);
            if (formLogin != null) {
                formLogin.failureHandler(handler);
            }
        }
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

    /** bcrypt today, and whatever {@code DelegatingPasswordEncoder} upgrades to tomorrow, keyed by a prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
