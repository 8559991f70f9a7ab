package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Forms post to the app only, and to the single sign-on provider's origin when one is configured. */
class ContentSecurityPolicyTest {

    @Test
    void withoutSingleSignOnFormsGoToTheAppOnly() {
        assertThat(ContentSecurityPolicy.directives("")).endsWith("form-action 'self'")
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
    }

    @Test
    void theProvidersOriginIsAllowedAsAFormTarget() {
        assertThat(ContentSecurityPolicy.directives("https://login.Example.com/realms/acme/"))
                .endsWith("form-action 'self' https://login.example.com");
        assertThat(ContentSecurityPolicy.directives("http://127.0.0.1:8081/default"))
                .endsWith("form-action 'self' http://127.0.0.1:8081");
    }

    @Test
    void anIssuerWithoutHostIsRefusedAtStart() {
        assertThatThrownBy(() -> ContentSecurityPolicy.directives("login.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
