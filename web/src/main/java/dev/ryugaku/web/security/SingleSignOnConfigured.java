package dev.ryugaku.web.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an OpenID Connect issuer is set: only then do single sign-on beans exist. */
class SingleSignOnConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String issuer = context.getEnvironment().getProperty("ryugaku.oidc.issuer-uri", "");
        return !issuer.isBlank();
    }
}
