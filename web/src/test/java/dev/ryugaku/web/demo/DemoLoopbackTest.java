package dev.ryugaku.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** When the demo, with its published password, listens on the loopback address only. */
class DemoLoopbackTest {

    @Test
    void theDemoListensOnLoopbackWhenNoAddressWasChosen() {
        assertThat(DemoLoopback.override(true, null)).contains(InetAddress.getLoopbackAddress());
        assertThat(DemoLoopback.override(true, " ")).contains(InetAddress.getLoopbackAddress());
    }

    @Test
    void anAddressTheOperatorChoseIsKept() {
        assertThat(DemoLoopback.override(true, "0.0.0.0")).isEmpty();
        assertThat(DemoLoopback.override(true, "192.0.2.10")).isEmpty();
    }

    @Test
    void withoutDemoModeNothingChanges() {
        assertThat(DemoLoopback.override(false, null)).isEmpty();
    }
}
