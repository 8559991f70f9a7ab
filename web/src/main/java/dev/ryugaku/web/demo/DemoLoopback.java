package dev.ryugaku.web.demo;

import java.net.InetAddress;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo accounts have a published password, so a demo must never be reachable from other machines
 * by accident: in demo mode the server listens on the loopback address unless the operator chose an
 * address ({@code server.address}, e.g. {@code SERVER_ADDRESS=0.0.0.0} in a container), and the
 * start log says which it is.
 */
@Component
class DemoLoopback implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoopback.class);

    private final DemoMode demoMode;
    private final Environment environment;

    DemoLoopback(DemoMode demoMode, Environment environment) {
        this.demoMode = demoMode;
        this.environment = environment;
    }

    /** The address to listen on instead of all of them: the loopback address in demo mode, unless one was chosen. */
    static Optional<InetAddress> override(boolean demo, String configuredAddress) {
        if (!demo || (configuredAddress != null && !configuredAddress.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(InetAddress.getLoopbackAddress());
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        String configured = environment.getProperty("server.address");
        override(demoMode.isEnabled(), configured).ifPresentOrElse(loopback -> {
            factory.setAddress(loopback);
            LOG.warn("Demo mode: listening on {} only, because the demo accounts' password is published. To reach the "
                    + "demo from other machines on purpose, set SERVER_ADDRESS (e.g. SERVER_ADDRESS=0.0.0.0).",
                    loopback.getHostAddress());
        }, () -> {
            if (demoMode.isEnabled()) {
                LOG.warn("Demo mode: listening on {} as set by server.address. Anyone who reaches it can sign in with "
                        + "the published demo password.", configured);
            }
        });
    }
}
