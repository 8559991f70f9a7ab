package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sign-in page after a lock: the same words for every name, in the reader's language. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class LoginViewLockedTest extends SpringBrowserlessTest {

    @Test
    void aLockSaysTooManyAttempts() {
        Speak.in(Locale.JAPANESE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", "locked"));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("試行回数が多すぎます");
    }

    @Test
    void aWrongPasswordStillSaysCheckYourInput() {
        Speak.in(Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).doesNotContain("Too many attempts");
    }

    /** The texts the form shows, as sent to the browser. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
