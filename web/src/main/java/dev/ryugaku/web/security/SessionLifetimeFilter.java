package dev.ryugaku.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An absolute session lifetime on top of the idle timeout (ASVS 5.0 §7.3): a session older than
 * {@code ryugaku.session.max-lifetime} ends at its next request, whatever kept it busy — Vaadin's
 * heartbeats and UIDL requests included. It runs before the security context is read from the
 * session, so the request goes on as an anonymous one: a page is sent to the login, and Vaadin tells
 * an open tab that its session expired, which then reloads to the login.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Duration maxLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("ryugaku.session.max-lifetime must be positive, was " + maxLifetime);
        }
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            LOG.info("Session ended: older than its absolute lifetime of {}", maxLifetime);
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        try {
            Instant created = Instant.ofEpochMilli(session.getCreationTime());
            return !clock.instant().isBefore(created.plus(maxLifetime));
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
