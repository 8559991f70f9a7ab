package dev.ryugaku.web.support;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (pool timeout, refused
 * or broken connection, statement timeout), as opposed to a bug or a refused input: the user is told
 * to try again shortly and a scheduled job skips its run.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    /**
     * A read a page can do without (a count in the header, a preference): its result, or empty while
     * the database cannot be reached, so the page still opens and says the service is unavailable
     * itself. Any other failure is thrown as it was.
     */
    public static <T> Optional<T> unlessUnavailable(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException failure) {
            if (!isCauseOf(failure)) {
                throw failure;
            }
            return Optional.empty();
        }
    }

    /** One line for the log: what failed, without the stack trace an outage would repeat on every request. */
    public static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + " (" + root + ")";
    }
}
