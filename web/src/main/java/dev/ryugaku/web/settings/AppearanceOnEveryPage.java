package dev.ryugaku.web.settings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.people.Appearance;
import dev.ryugaku.core.people.Appearances;
import dev.ryugaku.web.support.DatabaseUnavailable;
import org.springframework.stereotype.Component;

/** Every page a signed-in person opens (each new browser tab or reload) in the appearance they chose. */
@Component
class AppearanceOnEveryPage implements VaadinServiceInitListener {

    private final Appearances appearances;
    private final AuthenticationContext authentication;

    AppearanceOnEveryPage(Appearances appearances, AuthenticationContext authentication) {
        this.appearances = appearances;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (authentication.isAuthenticated()) {
                // without the database the page still opens (in light) and says the service is unavailable itself
                DatabaseUnavailable.unlessUnavailable(appearances::mine).ifPresent(chosen -> show(init.getUI(), chosen));
            }
        });
    }

    static void show(UI ui, Appearance appearance) {
        ui.getPage().setColorScheme(switch (appearance) {
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            case DEVICE -> ColorScheme.Value.LIGHT_DARK;
        });
    }
}
