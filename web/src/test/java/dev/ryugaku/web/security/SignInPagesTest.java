package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in pages without single sign-on configured, as everyone had them before it. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SignInPagesTest extends SpringBrowserlessTest {

    @BeforeEach
    void nobodySignedIn() {
        SignIn.out();
    }

    private void refusedBecause(String reason) {
        UI.getCurrent().navigate(SignOnRefusedView.ROUTE, QueryParameters.of("reason", reason));
        assertThat(getCurrentView()).isInstanceOf(SignOnRefusedView.class);
    }

    @Test
    void withoutSingleSignOnTheSignInPageHasOnlyThePasswordForm() {
        Speak.in(Locale.JAPANESE);
        navigate(LoginView.class);

        assertThat(find(LoginForm.class).exists()).isTrue();
        assertThat(find(Anchor.class).withId("sso-sign-in").exists()).isFalse();
    }

    @Test
    void aRefusalIsExplainedInEnglishForEnglishSpeakers() {
        Speak.in(Locale.ENGLISH);
        refusedBecause("DEACTIVATED");

        assertThat(find(Paragraph.class).id("refusal-reason").getText()).contains("has been deactivated");
    }

    @Test
    void anUnknownReasonReadsAsAnUnfinishedSignIn() {
        Speak.in(Locale.ENGLISH);
        refusedBecause("<script>");

        assertThat(find(Paragraph.class).id("refusal-reason").getText()).contains("did not complete");
    }
}
