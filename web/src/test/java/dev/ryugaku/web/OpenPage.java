package dev.ryugaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import dev.ryugaku.web.navigation.Pages;

/**
 * Opens another feature's page by its address, as its links do (views are package-private), and
 * checks that the page answering the address opened — not an error page or a forward elsewhere.
 */
public final class OpenPage {

    private OpenPage() {
    }

    public static HasElement at(String location) {
        UI ui = UI.getCurrent();
        ui.navigate(location);
        HasElement shown = ui.getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(shown.getClass()).as("the page at '%s'", location).isEqualTo(Pages.view(location));
        return shown;
    }
}
