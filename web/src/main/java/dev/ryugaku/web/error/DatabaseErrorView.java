package dev.ryugaku.web.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.support.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening a page while the database is unreachable: "temporarily unavailable, try again shortly" in
 * the user's language, never a stack trace. Deliberately without the main layout, which needs the
 * database itself. Any other database failure while opening a page is shown as unexpected.
 */
abstract class DatabaseErrorView<T extends Exception> extends Div implements HasErrorParameter<T>, HasDynamicTitle {

    private String title = "";

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        removeAll();
        addClassName("database-unavailable");
        Throwable failure = parameter.getCaughtException();
        if (DatabaseUnavailable.isCauseOf(failure)) {
            log.warn("Page {} not shown, the database is unavailable: {}", event.getLocation().getPath(),
                    DatabaseUnavailable.summary(failure));
            title = getTranslation("error.unavailable.title");
            add(new H2(getTranslation("error.unavailable.title")), new Paragraph(getTranslation("error.unavailable.text")),
                    Pages.link(getTranslation("error.notFound.home"), HomePages.home()));
            // not 503: Vaadin's client takes a 503 for a server restarting and waits instead of showing this
            return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
        }
        log.error("Page {} failed", event.getLocation().getPath(), failure);
        title = getTranslation("error.unexpected");
        add(new H2(getTranslation("error.unexpected")), Pages.link(getTranslation("error.notFound.home"), HomePages.home()));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
