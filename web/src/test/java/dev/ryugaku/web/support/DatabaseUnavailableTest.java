package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** An unreachable database is told apart from refused input and from bugs, wherever it is wrapped. */
class DatabaseUnavailableTest {

    @Test
    void aServiceThatCouldNotBeginItsTransactionMeansUnavailable() {
        RuntimeException failure = new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));

        assertThat(DatabaseUnavailable.isCauseOf(failure)).isTrue();
        assertThat(UserMessages.keyFor(failure)).isEqualTo("error.unavailable");
    }

    @Test
    void aPageThatCouldNotBeBuiltForLackOfAConnectionMeansUnavailable() {
        RuntimeException failure = new BeanCreationException("workLogView",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused", "08S01")));

        assertThat(DatabaseUnavailable.isCauseOf(failure)).isTrue();
        assertThat(DatabaseUnavailable.summary(failure)).startsWith("BeanCreationException (java.sql.SQLException");
    }

    @Test
    void aClashWithExistingDataOrABugIsNotAnOutage() {
        assertThat(DatabaseUnavailable.isCauseOf(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(UserMessages.keyFor(new DataIntegrityViolationException("duplicate"))).isEqualTo("error.conflict");
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug", new ConnectException("not a database")))).isFalse();
    }

    @Test
    void aReadThePageCanDoWithoutIsEmptyWhileTheDatabaseIsUnreachableButABugStillSurfaces() {
        assertThat(DatabaseUnavailable.unlessUnavailable(() -> 3L)).contains(3L);
        assertThat(DatabaseUnavailable.unlessUnavailable(() -> {
            throw new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timed out"));
        })).isEmpty();
        assertThatThrownBy(() -> DatabaseUnavailable.unlessUnavailable(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
