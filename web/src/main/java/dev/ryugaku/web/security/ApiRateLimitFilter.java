package dev.ryugaku.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each signed-in API request spends one of its token's requests of the minute ({@link ApiRateLimits});
 * when none is left it is answered 429 with {@code Retry-After}. Unauthenticated requests pass on to
 * be refused by the chain's rules.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimits limits;
    private final ApiProblemResponses problems;

    ApiRateLimitFilter(ApiRateLimits limits, ApiProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof ApiUser user) {
            OptionalLong wait = limits.take(user.token());
            if (wait.isPresent()) {
                problems.tooManyRequests(request, response, wait.getAsLong());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
