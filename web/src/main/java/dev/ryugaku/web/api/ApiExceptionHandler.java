package dev.ryugaku.web.api;

import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.InvalidRowsException;
import dev.ryugaku.core.shared.MessageKeyed;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.UnknownSortException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.security.ApiLanguage;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What the services refuse, as RFC 9457 problem details in the caller's language
 * ({@code Accept-Language}, Japanese or English): a record the caller may not see is 404 exactly
 * like one that does not exist; broken rules are 422 with one entry per field; a stale version 412.
 * Spring MVC's own failures (unreadable body, wrong parameter type) keep Spring's problem details.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Translations translations;

    ApiExceptionHandler(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException failure, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, failure, language(request));
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException failure, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, failure, language(request));
    }

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class, OptimisticLockException.class})
    ProblemDetail stale(RuntimeException failure, WebRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, new ConcurrentEditException("record", "?"), language(request));
    }

    @ExceptionHandler({AuthenticationCredentialsNotFoundException.class, DisabledException.class})
    ProblemDetail signedOut(RuntimeException failure, WebRequest request) {
        return detail(HttpStatus.UNAUTHORIZED, "api.problem.invalidToken", language(request));
    }

    /** Refusals of this package, whose reason is a message key. */
    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException failure, WebRequest request) {
        return detail(HttpStatus.valueOf(failure.getStatusCode().value()), failure.getReason(), language(request));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException failure, WebRequest request) {
        return fieldErrors(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalid", failure, language(request));
    }

    /** A list asked to sort by a property it does not offer: the request, not the data, is wrong. */
    @ExceptionHandler(UnknownSortException.class)
    ProblemDetail unsortable(UnknownSortException failure, WebRequest request) {
        return fieldErrors(HttpStatus.BAD_REQUEST, "api.problem.sort", failure, language(request));
    }

    private ProblemDetail fieldErrors(HttpStatus status, String key, InvalidInputException failure, Locale locale) {
        ProblemDetail problem = detail(status, key, locale);
        List<Map<String, String>> errors = failure.violations().stream()
                .map(violation -> Map.of("field", violation.field(), "code", violation.reason().messageKey(),
                        "message", message(violation, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A batch refused whole: each bad row's problems, rows numbered from 0. */
    @ExceptionHandler(InvalidRowsException.class)
    ProblemDetail invalidRows(InvalidRowsException failure, WebRequest request) {
        Locale locale = language(request);
        ProblemDetail problem = detail(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalidRows", locale);
        List<Map<String, Object>> errors = new ArrayList<>();
        failure.rows().forEach((row, violations) -> violations.forEach(violation -> errors.add(Map.of("row", row,
                "field", violation.field(), "code", violation.reason().messageKey(), "message", message(violation, locale)))));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Locale language(WebRequest request) {
        return ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getLocale());
    }

    private String message(Violation violation, Locale locale) {
        return translations.getTranslation(violation.reason().messageKey(), locale,
                violation.arguments().stream().map(String::valueOf).toArray());
    }

    private ProblemDetail problem(HttpStatus status, MessageKeyed failure, Locale locale) {
        return detail(status, failure.messageKey(), locale);
    }

    private ProblemDetail detail(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, translations.getTranslation(key, locale));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
