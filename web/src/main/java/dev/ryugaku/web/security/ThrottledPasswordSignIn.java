package dev.ryugaku.web.security;

import dev.ryugaku.core.people.SignInProtection;
import dev.ryugaku.web.security.SignInMetrics.Method;
import dev.ryugaku.web.security.SignInMetrics.Outcome;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with brute-force protection around Spring Security's own
 * {@code DaoAuthenticationProvider}: a locked account or address is refused before the password is
 * looked at (so a correct password does not help), a failure is counted, and a success clears the
 * account's count. A lock surfaces as {@link LockedException}, which the sign-in page words the same
 * whether or not the account exists.
 */
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInProtection protection;
    private final SignInMetrics metrics;

    ThrottledPasswordSignIn(AuthenticationProvider passwords, SignInProtection protection, SignInMetrics metrics) {
        this.passwords = passwords;
        this.protection = protection;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return throttled(attempt);
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException unavailable) {
            // e.g. the database is down: reported like DaoAuthenticationProvider reports a failing lookup
            throw new InternalAuthenticationServiceException("Sign-in could not be checked", unavailable);
        }
    }

    private Authentication throttled(Authentication attempt) {
        String name = attempt.getName();
        String address = addressOf(attempt);
        if (protection.isLocked(name, address)) {
            protection.refusedWhileLocked(name, address);
            metrics.record(Method.PASSWORD, Outcome.LOCKED);
            throw new LockedException("Too many failed sign-ins");
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException | AccountStatusException wrong) {
            // a deactivated account or one without a password counts like a wrong password
            metrics.record(Method.PASSWORD, Outcome.FAILURE);
            if (countFailure(name, address)) {
                throw new LockedException("Too many failed sign-ins", wrong);
            }
            throw wrong instanceof BadCredentialsException ? wrong : new BadCredentialsException("Bad credentials", wrong);
        }
        if (result != null && result.getPrincipal() instanceof RyugakuUser user) {
            protection.succeeded(user.getPersonId());
            metrics.record(Method.PASSWORD, Outcome.SUCCESS);
        }
        return result;
    }

    /** Two replicas counting a subject's very first failure at once: one insert loses, the retry counts. */
    private boolean countFailure(String name, String address) {
        try {
            return protection.failed(name, address);
        } catch (DataAccessException race) {
            return protection.failed(name, address);
        }
    }

    /** The client address: behind a proxy the forwarded one, see server.forward-headers-strategy. */
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
