package dev.ryugaku.web.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.ryugaku.web.support.DatabaseUnavailable;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Anything a view did not handle: logged for us, told to the user in their language. */
@Component
class UserFacingErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingHandler()));
    }

    private static final class NotifyingHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            String key = UserMessages.keyFor(failure);
            if ("error.unexpected".equals(key)) {
                log.error("Unhandled error in the UI", failure);
            } else if (UserMessages.UNAVAILABLE.equals(key)) {
                log.warn("Database unavailable: {}", DatabaseUnavailable.summary(failure));
            } else {
                log.info("Refused: {}", failure.toString());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(ui.getTranslation(key)));
            }
        }
    }
}
