package dev.ryugaku.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.WorkLogPages;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a signed-in UI keeps after navigation (issue 14, decision 0027): only the page shown and the
 * layout. A page left behind with its dialog open must not keep either alive in the session.
 */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SessionFootprintTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void aDialogLeftOpenIsGoneWithItsPageAfterNavigation() {
        Pages.navigate(WorkLogPages.mine());
        Component workLog = (Component) getCurrentView();
        test(find(Button.class).id("add-entry")).click();
        Dialog dialog = find(Dialog.class).single();

        Pages.navigate(HomePages.home());

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(descendants(UI.getCurrent()).toList()).doesNotContain(workLog, dialog);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(SessionFootprintTest::descendants));
    }
}
