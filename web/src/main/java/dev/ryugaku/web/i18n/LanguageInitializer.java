package dev.ryugaku.web.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sets each new UI's language from {@link LanguagePreference}. Vaadin's own default would fall back to
 * the first provided locale (Japanese) for a French browser; ours falls back to English.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            VaadinRequest request = VaadinRequest.getCurrent();
            Locale locale = LanguagePreference.choose((Locale) session.getAttribute(LanguagePreference.SESSION_CHOICE),
                    request == null ? null : request.getLocales());
            session.setLocale(locale);
            uiEvent.getUI().setLocale(locale);
        });
    }
}
