package dev.ryugaku.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server in the test JVM (GreenMail) for every test application context, on a free
 * port that {@code spring.mail.port} points at. The port stays the same when a test stops and
 * restarts the server to play a failing mail server.
 */
@Configuration(proxyBeanMethods = false)
class TestMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Bean
    DynamicPropertyRegistrar mailServerPort(GreenMail greenMail) {
        return registry -> registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
