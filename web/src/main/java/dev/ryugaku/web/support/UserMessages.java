package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.MessageKeyed;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.web.i18n.Formats;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Turns what core reports — rule violations, refusals — into text in the user's language. */
public final class UserMessages {

    /** The database cannot be reached: try again shortly (what was typed stays in the form). */
    public static final String UNAVAILABLE = "error.unavailable";

    private UserMessages() {
    }

    public static String of(Component component, Violation violation) {
        Locale locale = UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
        Object[] arguments = violation.arguments().stream()
                .map(argument -> argument instanceof LocalDate date ? Formats.date(date, locale) : argument)
                .toArray();
        return component.getTranslation(violation.reason().messageKey(), arguments);
    }

    /** The message key for a failure, so that no user ever sees a stack trace or an English-only text. */
    public static String keyFor(Throwable failure) {
        if (DatabaseUnavailable.isCauseOf(failure)) {
            return UNAVAILABLE;
        }
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof MessageKeyed keyed) {
                return keyed.messageKey();
            }
            if (cause instanceof OptimisticLockingFailureException || cause instanceof OptimisticLockException) {
                return new ConcurrentEditException("record", "?").messageKey();
            }
            if (cause instanceof DataIntegrityViolationException) {
                return "error.conflict";
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return "error.unexpected";
    }
}
