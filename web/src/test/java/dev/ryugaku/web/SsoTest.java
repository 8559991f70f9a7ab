package dev.ryugaku.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with single sign-on through {@link TestIdentityProvider}:
 * local passwords switched off, accounts created just in time for the allowed domains, and the
 * provider's {@code groups} claim mapped to roles. One context for every single sign-on test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RyugakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "ryugaku.local-login=false",
                "ryugaku.oidc.client-id=ryugaku-test",
                "ryugaku.oidc.client-secret=test-secret",
                "ryugaku.oidc.display-name=Mock IdP",
                "ryugaku.oidc.allowed-domains=ryugaku.example,jit.example",
                "ryugaku.oidc.create-accounts=true",
                "ryugaku.oidc.groups-claim=groups",
                "ryugaku.oidc.owner-groups=ryugaku-owners",
                "ryugaku.oidc.mentor-groups=ryugaku-mentors,sre",
                "ryugaku.oidc.participant-groups=ryugaku-participants"
        })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
public @interface SsoTest {
}
