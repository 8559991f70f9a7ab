package dev.ryugaku.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.cohort.CohortTimeline;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person without roles (e.g. created by single sign-on) sees no data, only that an owner must give a role. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class NoRoleHomeTest extends SpringBrowserlessTest {

    @Autowired
    FreshPeople people;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void signInWithoutRoles() {
        signIn.as(people.create("役割 なし", Locale.JAPANESE, ZoneId.of("Asia/Tokyo")).email());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void personWithoutRolesIsToldToAskAnOwnerAndSeesNoCohorts() {
        Speak.in(Locale.JAPANESE);
        navigate(HomeView.class);

        assertThat(find(Paragraph.class).id("no-role").getText()).contains("プログラムオーナー", "ロール");
        assertThat(find(CohortTimeline.class).exists()).isFalse();
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("cohorts", "people");
    }

    @Test
    void theMessageIsInEnglishForEnglishSpeakers() {
        Speak.in(Locale.ENGLISH);
        navigate(HomeView.class);

        assertThat(find(Paragraph.class).id("no-role").getText()).contains("Ask a program owner to give you a role");
    }
}
