package dev.ryugaku.web.security;

import dev.ryugaku.web.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals before a controller runs — no or a bad token, a missing scope, too many
 * requests — as RFC 9457 problem details in the caller's language ({@code Accept-Language}).
 */
@Component
class ApiProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Translations translations;

    ApiProblemResponses(Translations translations) {
        this.translations = translations;
    }

    /** 401: no token, or one that is unknown, revoked, expired or of a deactivated person. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, tokenSent ? "api.problem.invalidToken" : "api.problem.noToken");
    }

    /** 403: a read-only token asked to change something. */
    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"write\"");
        write(request, response, HttpStatus.FORBIDDEN, "api.problem.writeScope");
    }

    /** 429: the token used up its requests of this minute. */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooManyRequests");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", translations.getTranslation(key, ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getLocale())));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
