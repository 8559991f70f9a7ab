package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Only the AOT cache's training run, which Spring ends with Runtime.halt after the refresh, stops the server early. */
class StopBeforeExitOnRefreshTest {

    private final AtomicInteger stops = new AtomicInteger();

    @Test
    void aRunThatHaltsAfterTheRefreshStopsTheServerFirst() {
        new StopBeforeExitOnRefresh(stops::incrementAndGet, "onRefresh").afterSingletonsInstantiated();

        assertThat(stops).hasValue(1);
    }

    @Test
    void anyOtherStartLeavesTheServerRunning() {
        new StopBeforeExitOnRefresh(stops::incrementAndGet, null).afterSingletonsInstantiated();
        new StopBeforeExitOnRefresh(stops::incrementAndGet, "").afterSingletonsInstantiated();

        assertThat(stops).hasValue(0);
    }
}
