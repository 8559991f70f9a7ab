package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Local sign-in can only be switched off when single sign-on is there instead. */
class SignInOptionsTest {

    private final StaticListableBeanFactory noSingleSignOn = new StaticListableBeanFactory();

    @Test
    void switchingOffLocalSignInWithoutSingleSignOnStopsTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new SignInOptions(false, noSingleSignOn.getBeanProvider(SingleSignOn.class)))
                .withMessageContaining("RYUGAKU_OIDC_ISSUER_URI");
    }

    @Test
    void localSignInAloneIsTheDefaultSetup() {
        SignInOptions options = new SignInOptions(true, noSingleSignOn.getBeanProvider(SingleSignOn.class));

        assertThat(options.localLogin()).isTrue();
        assertThat(options.singleSignOn()).isEmpty();
    }
}
