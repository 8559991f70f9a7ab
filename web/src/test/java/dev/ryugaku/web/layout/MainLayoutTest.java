package dev.ryugaku.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.i18n.LanguagePreference;
import dev.ryugaku.web.i18n.LanguageSwitch;
import dev.ryugaku.web.navigation.HomePages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role's navigation shows only what that role may open, in the user's language. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> navigation() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerNavigationOffersTheDashboardCohortsFeedbackPeopleTeamsAndSkills() {
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        assertThat(navigation()).containsExactly("ホーム", "ダッシュボード", "期", "期を作成", "改善タスク", "割れ窓", "フィードバック",
                "メンバー", "チーム", "スキル");
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorNavigationIsReadOnly() {
        Speak.in(Locale.ENGLISH);
        OpenPage.at(HomePages.home());
        assertThat(navigation()).containsExactly("Home", "Cohorts", "Improvement tasks", "Broken windows", "Reviews");
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantNavigationIsReadOnly() {
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        assertThat(navigation()).containsExactly("ホーム", "期", "改善タスク", "作業ログ", "割れ窓");
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void theLanguageSwitchOverridesTheBrowserForTheSession() {
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        VaadinSession session = VaadinSession.getCurrent();
        try {
            LanguageSwitch.remember(session, Locale.ENGLISH);
            assertThat(session.getAttribute(LanguagePreference.SESSION_CHOICE)).isEqualTo(Locale.ENGLISH);
            assertThat(session.getLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(LanguagePreference.choose((Locale) session.getAttribute(LanguagePreference.SESSION_CHOICE),
                    java.util.Collections.enumeration(List.of(Locale.JAPANESE)))).isEqualTo(Locale.ENGLISH);
        } finally {
            // the mocked session outlives the test: leave it as found
            session.setAttribute(LanguagePreference.SESSION_CHOICE, null);
            session.setLocale(Locale.JAPANESE);
        }
    }
}
