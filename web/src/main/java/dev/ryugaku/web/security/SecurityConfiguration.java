package dev.ryugaku.web.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Views are denied unless they say who may open them ({@code @RolesAllowed}, {@code @PermitAll});
 * every other request is denied unless permitted here. Services decide again on each record.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInOptions signIn, SignInMetrics metrics,
                                            SignInFailureHandler signInFailures) throws Exception {
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
        if (!signIn.localLogin()) {
            http.addFilterBefore(new LocalLoginSwitchedOff(metrics), CsrfFilter.class);
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            signIn.singleSignOn().ifPresent(sso -> vaadin.logoutSuccessHandler(sso.logoutSuccessHandler()));
        });
        if (signIn.singleSignOn().isPresent()) {
            signIn.singleSignOn().get().configure(http);
        }
        // Vaadin sets the login page and success handler; a lock and an unreachable database get their own
        // messages (SignInFailureHandler). After with(vaadin()): configurers initialise in order, and the form login must see Vaadin's login page
        // when it initialises, or Spring Security serves its own generated page at /login.
        http.formLogin(form -> form.failureHandler(signInFailures));
        return http.build();
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
