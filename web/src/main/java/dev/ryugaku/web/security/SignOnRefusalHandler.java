package dev.ryugaku.web.security;

import dev.ryugaku.core.people.SignOnRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused or failed single sign-on to {@link SignOnRefusedView}, which explains it in
 * the user's language. Refusals were logged and counted by {@link OidcPersonLinker}; other
 * failures (the provider's error, a cancelled sign-in, a bad token) are logged and counted here.
 */
class SignOnRefusalHandler implements AuthenticationFailureHandler {

    static final String PROVIDER_ERROR = "PROVIDER_ERROR";

    private static final Logger log = LoggerFactory.getLogger(SignOnRefusalHandler.class);

    private final SignInMetrics metrics;

    SignOnRefusalHandler(SignInMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = refusal(exception);
        if (reason.equals(PROVIDER_ERROR)) {
            log.warn("Single sign-on failed: {}", exception.getMessage());
            metrics.record(SignInMetrics.Method.SSO, SignInMetrics.Outcome.FAILURE);
        }
        response.sendRedirect(request.getContextPath() + "/" + SignOnRefusedView.ROUTE + "?reason=" + reason);
    }

    private static String refusal(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            String code = oauth2.getError().getErrorCode();
            if (Arrays.stream(SignOnRefusal.values()).anyMatch(refusal -> refusal.name().equals(code))) {
                return code;
            }
        }
        return PROVIDER_ERROR;
    }
}
