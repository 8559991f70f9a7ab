package dev.ryugaku.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A mistyped or made-up address shows the app's own not-found page in the reader's language, with a way home. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class NotFoundPageTest extends SpringBrowserlessTest {

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aMistypedAddressShowsTheNotFoundPageInJapaneseWithAWayHome() {
        Speak.in(Locale.JAPANESE);
        navigate("dashbord", NotFoundErrorView.class);
        assertThat(pageText()).contains("このページは表示できません");
        assertThat(find(RouterLink.class).withText("ホームに戻る").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void aCohortAddressWithoutANumberShowsTheNotFoundPageInEnglish() {
        Speak.in(Locale.ENGLISH);
        navigate("cohorts/abc", NotFoundErrorView.class);
        assertThat(pageText()).contains("You cannot open this page");
        assertThat(find(RouterLink.class).withText("Back to home").exists()).isTrue();
    }
}
