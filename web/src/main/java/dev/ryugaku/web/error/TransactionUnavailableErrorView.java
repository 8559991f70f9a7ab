package dev.ryugaku.web.error;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/** A service could not begin its transaction: no connection to the database. */
@AnonymousAllowed
public class TransactionUnavailableErrorView extends DatabaseErrorView<CannotCreateTransactionException> {
}
