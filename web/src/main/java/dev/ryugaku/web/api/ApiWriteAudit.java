package dev.ryugaku.web.api;

import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.web.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every API write that succeeded goes to the audit log with the token that made it (the service's
 * own event names the person). Refused writes changed nothing and are not recorded.
 */
@Configuration
class ApiWriteAudit implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AccessTokens tokens;

    ApiWriteAudit(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (failure == null && response.getStatus() < 400 && !READS.contains(request.getMethod())
                && authentication != null && authentication.getPrincipal() instanceof ApiUser user) {
            tokens.recordApiWrite(user.token(), request.getMethod(), request.getRequestURI(), response.getStatus());
        }
    }
}
