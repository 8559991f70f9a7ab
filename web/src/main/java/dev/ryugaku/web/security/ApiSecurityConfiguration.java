package dev.ryugaku.web.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.people.PersonRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The public API under {@code /api/**}, in a chain of its own before the pages' chain: stateless,
 * signed in per request by an access token ({@link AccessTokenFilter}). The session cookie is never
 * read here, so a browser session authorises no API call — which is also why CSRF tokens are not
 * needed. Reading needs the token's {@code read} scope, anything else its {@code write} scope; the
 * OpenAPI document and Swagger UI are open. With single sign-on configured, the provider's JWTs are
 * taken too (Spring Security's resource server, {@link ApiSingleSignOn}). Decision 0029.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    /** The OpenAPI document and Swagger UI (springdoc, paths in application.properties). */
    static final String[] DOCUMENTATION = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/docs/**",
            "/api/swagger-ui/**"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AccessTokens tokens, PersonRepository people,
                                               ApiRateLimits limits, ApiProblemResponses problems,
                                               ObjectProvider<OidcProperties> singleSignOn) throws Exception {
        http.securityMatcher(withDefaults().matcher(API))
                .authorizeHttpRequests(requests -> {
                    for (String documentation : DOCUMENTATION) {
                        requests.requestMatchers(withDefaults().matcher(HttpMethod.GET, documentation)).permitAll();
                    }
                    requests.requestMatchers(withDefaults().matcher(HttpMethod.GET, API),
                                    withDefaults().matcher(HttpMethod.HEAD, API)).hasAuthority(ApiUser.READ)
                            .anyRequest().hasAuthority(ApiUser.WRITE);
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the security context lives for the request only: never loaded from, nor saved to, the session
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .addFilterBefore(new AccessTokenFilter(tokens, people, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiRateLimitFilter(limits, problems), AuthorizationFilter.class);
        OidcProperties provider = singleSignOn.getIfAvailable();
        if (provider != null) {
            ApiSingleSignOn jwts = new ApiSingleSignOn(provider, people);
            DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server
                    // access tokens are AccessTokenFilter's; only other bearer tokens are read as JWTs
                    .bearerTokenResolver(request -> {
                        String token = bearer.resolve(request);
                        return token == null || token.startsWith(AccessTokens.PREFIX) ? null : token;
                    })
                    .jwt(jwt -> jwt.decoder(jwts.decoder()).jwtAuthenticationConverter(jwts::authenticate))
                    .authenticationEntryPoint(problems::unauthorized)
                    .accessDeniedHandler(problems::forbidden));
        }
        return http.build();
    }
}
