package dev.ryugaku.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ryugaku.web.RyugakuTest;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The test application runs the demo without a chosen address: it answers on loopback and nowhere else. */
@RyugakuTest
class DemoListensOnLoopbackTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoAnswersOnLoopbackButNotOnTheMachinesNetworkAddress() throws IOException {
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            assertThat(local.isConnected()).isTrue();
        }
        Optional<InetAddress> network = networkAddress();
        assumeThat(network).as("this machine has a network address besides loopback").isPresent();
        assertThatThrownBy(() -> {
            try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(network.get(), port), 2000);
            }
        }).isInstanceOf(IOException.class);
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(DemoListensOnLoopbackTest::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
