package dev.ryugaku.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.home.HomeView;
import dev.ryugaku.web.i18n.LanguagePreference;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role's navigation shows only what that role may open, in the user's language. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> navigation() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void ownerNavigationOffersCohortsPeopleAndTeams() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("ホーム", "期", "期を作成", "メンバー", "チーム");
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void mentorNavigationIsReadOnly() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("Home", "Cohorts");
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void participantNavigationIsReadOnly() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("ホーム", "期");
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theLanguageSwitchOverridesTheBrowserForTheSession() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(HomeView.class);
        LanguageSwitch.switchTo(Locale.ENGLISH);
        VaadinSession session = VaadinSession.getCurrent();
        assertThat(session.getAttribute(LanguagePreference.SESSION_CHOICE)).isEqualTo(Locale.ENGLISH);
        assertThat(session.getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
