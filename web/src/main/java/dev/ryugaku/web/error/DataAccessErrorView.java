package dev.ryugaku.web.error;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessException;

/** A query failed while a page was built: unavailable if the database is unreachable, else unexpected. */
@AnonymousAllowed
public class DataAccessErrorView extends DatabaseErrorView<DataAccessException> {
}
