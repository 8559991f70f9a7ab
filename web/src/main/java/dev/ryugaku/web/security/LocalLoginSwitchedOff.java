package dev.ryugaku.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code RYUGAKU_LOCAL_LOGIN=false} a password posted to the sign-in address is refused
 * before anything checks it (403), so a script cannot use local passwords at all.
 */
class LocalLoginSwitchedOff extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LocalLoginSwitchedOff.class);
    private static final RequestMatcher PASSWORD_POST = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final SignInMetrics metrics;

    LocalLoginSwitchedOff(SignInMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (PASSWORD_POST.matches(request)) {
            log.warn("Password sign-in refused: local sign-in is switched off (RYUGAKU_LOCAL_LOGIN=false)");
            metrics.record(SignInMetrics.Method.PASSWORD, SignInMetrics.Outcome.REFUSED);
            // answered here, not with sendError: Boot's error page would redirect the anonymous caller to /login
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Password sign-in is switched off.");
            return;
        }
        chain.doFilter(request, response);
    }
}
