package dev.ryugaku.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.people.SignInProtection;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** An owner sees on a person's page that sign-in is locked, and lifts the lock. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SignInLockOnPersonPageTest extends SpringBrowserlessTest {

    @Autowired
    SignInProtection protection;
    @Autowired
    FreshPeople freshPeople;

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void ownerSeesTheLockAndLiftsIt() {
        Speak.in(Locale.JAPANESE);
        FreshPeople.Fresh person = freshPeople.create("施錠 太郎", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
        for (int i = 0; i < 5; i++) {
            protection.failed(person.email(), "192.0.2.77");
        }

        navigate("admin/people/" + person.personId(), PersonEditorView.class);
        assertThat(find(Span.class).id("sign-in-lock").getText()).startsWith("ログイン失敗が続いたため、").endsWith("までログインできません。");

        test(find(Button.class).id("lift-sign-in-lock")).click();

        assertThat(find(Span.class).withId("sign-in-lock").exists()).isFalse();
        assertThat(protection.isLocked(person.email(), "192.0.2.78")).isFalse();
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void noLockNoNotice() {
        FreshPeople.Fresh person = freshPeople.create("平常 花子", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
        navigate("admin/people/" + person.personId(), PersonEditorView.class);
        assertThat(find(Span.class).withId("sign-in-lock").exists()).isFalse();
    }
}
