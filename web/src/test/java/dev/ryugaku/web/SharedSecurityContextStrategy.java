package dev.ryugaku.web;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One security-context strategy for every application context of the test JVM. Vaadin installs
 * its strategy into the static {@code SecurityContextHolder}, and each instance keeps its own
 * thread-local: without this, a second cached context (a random-port or differently configured
 * one) would leave the first reading an empty context written through the other.
 */
@Configuration(proxyBeanMethods = false)
class SharedSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
        return SHARED;
    }
}
