package dev.ryugaku.web.security;

import dev.ryugaku.web.support.DatabaseUnavailable;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A sign-in that could not be checked — the database is unreachable, so loading the account failed
 * ({@link InternalAuthenticationServiceException}) — is not a wrong password: the login page says
 * the service is temporarily unavailable ({@code ?error=unavailable}). A locked account or address
 * gets {@code ?error=locked} (SignInProtection); every other failure keeps the usual {@code ?error}.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String UNAVAILABLE_URL = LoginView.PATH + "?error=" + LoginView.UNAVAILABLE;
    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final SignInMetrics metrics;
    private final AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler(LoginView.PATH + "?error");
    private final AuthenticationFailureHandler locked =
            new SimpleUrlAuthenticationFailureHandler(LoginView.PATH + "?error=" + LoginView.LOCKED);
    private final AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler(UNAVAILABLE_URL);

    SignInFailureHandler(SignInMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        boolean databaseUnavailable = DatabaseUnavailable.isCauseOf(failure);
        if (databaseUnavailable || failure instanceof InternalAuthenticationServiceException) {
            if (databaseUnavailable) {
                log.warn("Sign-in could not be checked, the database is unavailable: {}", DatabaseUnavailable.summary(failure));
            } else {
                log.error("Sign-in could not be checked", failure);
            }
            metrics.record(SignInMetrics.Method.PASSWORD, SignInMetrics.Outcome.UNAVAILABLE);
            unavailable.onAuthenticationFailure(request, response, failure);
            return;
        }
        if (failure instanceof LockedException) {
            locked.onAuthenticationFailure(request, response, failure);
            return;
        }
        wrongCredentials.onAuthenticationFailure(request, response, failure);
    }
}
