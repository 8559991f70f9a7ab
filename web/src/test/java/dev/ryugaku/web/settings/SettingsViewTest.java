package dev.ryugaku.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import dev.ryugaku.core.people.Appearance;
import dev.ryugaku.core.people.Appearances;
import dev.ryugaku.web.navigation.SettingsPages;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.navigation.HomePages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 設定 → カレンダー連携: a person creates their calendar address, sees it once, replaces and revokes it. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Appearances appearances;

    @BeforeEach
    void signInAsANewParticipant() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        signIn.as(rotations.active(today, today.plusDays(30)).login());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String state() {
        return find(Paragraph.class).id("calendar-feed-state").getText();
    }

    private String shownToken() {
        String address = find(TextField.class).id("calendar-feed-url").getValue();
        assertThat(address).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    @Test
    void aPersonChoosesTheDarkAppearanceWhichShowsAtOnceAndIsRemembered() {
        Speak.in(Locale.JAPANESE);
        OpenPage.at(SettingsPages.settings());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Appearance> appearance = find(RadioButtonGroup.class).id("appearance");
        assertThat(appearance.getValue()).isEqualTo(Appearance.LIGHT);

        test(appearance).selectItem("ダーク");

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(appearances.mine()).isEqualTo(Appearance.DARK);
        OpenPage.at(SettingsPages.settings());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Appearance> reopened = find(RadioButtonGroup.class).id("appearance");
        assertThat(reopened.getValue()).isEqualTo(Appearance.DARK);
    }

    @Test
    void theUserMenuLeadsToTheSettings() {
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        MenuBar userMenu = find(MenuBar.class).withClassName("user-menu").single();

        assertThat(userMenu.getItems().getFirst().getSubMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("言語 / Language", "設定", "ログアウト");

        new MenuBarTester<>(userMenu).clickItem(0, 1);

        assertThat(getCurrentView()).isInstanceOf(SettingsView.class);
    }

    @Test
    void aParticipantCreatesTheirCalendarAddressAndSeesItOnlyOnce() {
        Speak.in(Locale.JAPANESE);
        navigate("settings", SettingsView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("カレンダー連携");
        assertThat(state()).isEqualTo("カレンダー URL はまだありません。");
        assertThat(find(Button.class).withId("calendar-feed-revoke").exists()).isFalse();

        test(find(Button.class).id("calendar-feed-create")).click();

        String token = shownToken();
        assertThat(feeds.calendarFor(token)).isPresent();
        assertThat(state()).startsWith("カレンダー URL は ").endsWith(" から有効です。");
        assertThat(find(TextField.class).id("calendar-feed-url").getHelperText()).contains("今回だけ");
        assertThat(find(Button.class).id("calendar-feed-create").getText()).isEqualTo("新しい URL を作成");

        OpenPage.at(HomePages.home());
        navigate("settings", SettingsView.class);
        assertThat(find(TextField.class).withId("calendar-feed-url").exists()).isFalse();
        assertThat(state()).endsWith(" から有効です。");
    }

    @Test
    void aNewAddressReplacesTheOldAndRevokingStopsIt() {
        Speak.in(Locale.ENGLISH);
        navigate("settings", SettingsView.class);
        assertThat(state()).isEqualTo("You have no calendar address yet.");
        test(find(Button.class).id("calendar-feed-create")).click();
        String first = shownToken();

        test(find(Button.class).id("calendar-feed-create")).click();
        ConfirmDialog warning = find(ConfirmDialog.class).single();
        assertThat(warning.getElement().getProperty("header")).isEqualTo("Create a new address?");
        test(warning).confirm();

        String second = shownToken();
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.calendarFor(first)).isEmpty();
        assertThat(state()).startsWith("Your calendar address works since ");

        test(find(Button.class).id("calendar-feed-revoke")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(feeds.calendarFor(second)).isEmpty();
        assertThat(state()).isEqualTo("You have no calendar address yet.");
        assertThat(find(TextField.class).withId("calendar-feed-url").exists()).isFalse();
        assertThat(find(Button.class).id("calendar-feed-create").getText()).isEqualTo("Create address");
    }

    @Test
    void goingBackFromTheRevokeQuestionKeepsTheAddress() {
        Speak.in(Locale.ENGLISH);
        navigate("settings", SettingsView.class);
        test(find(Button.class).id("calendar-feed-create")).click();
        String token = shownToken();

        test(find(Button.class).id("calendar-feed-revoke")).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(feeds.calendarFor(token)).isPresent();
    }
}
