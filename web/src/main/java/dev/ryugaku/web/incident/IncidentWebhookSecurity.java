package dev.ryugaku.web.incident;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The incident webhooks' own filter chain, ahead of the application's: no session, no CSRF token,
 * no sign-in — a tool posts there, and the controller checks the signature over the body. Nothing
 * else matches this chain.
 */
@Configuration
class IncidentWebhookSecurity {

    /** Before the application's chain (which has no order, so comes last). */
    static final int ORDER = 20;

    @Bean
    @Order(ORDER)
    SecurityFilterChain incidentWebhooks(HttpSecurity http) throws Exception {
        http.securityMatcher(withDefaults().matcher(IncidentWebhookController.PATHS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST,
                                IncidentWebhookController.PAGERDUTY),
                                withDefaults().matcher(HttpMethod.POST,
                                        IncidentWebhookController.GENERIC)).permitAll()
                        .anyRequest().denyAll())
                // anything else here is refused outright, never sent to a sign-in page
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }
}
