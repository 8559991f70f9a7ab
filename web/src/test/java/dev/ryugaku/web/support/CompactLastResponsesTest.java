package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The last answer of a UI kept deflated between requests, and whole again when a message is resent. */
class CompactLastResponsesTest {

    private static final String PAGE = "{\"syncId\":3,\"changes\":[" + "{\"node\":7,\"value\":\"週の作業記録 🚀\"},".repeat(400) + "]}";

    @Test
    void aLongAnswerIsParkedDeflatedAndComesBackWholeForAResentMessage() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(PAGE);

        CompactLastResponses.park(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();

        CompactLastResponses.unpark(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(PAGE);
    }

    @Test
    void aShortAnswerStaysAsItIsAndReplacesTheParkedOne() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(PAGE);
        CompactLastResponses.park(ui);

        ui.getInternals().setLastRequestResponse("{\"syncId\":4}");
        CompactLastResponses.park(ui);
        CompactLastResponses.unpark(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":4}");
    }

    @Test
    void onlyTheMessageProcessedLastCountsAsResent() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(5, new byte[0]);

        assertThat(CompactLastResponses.isResent(ui, "{\"csrfToken\":\"k\",\"rpc\":[],\"syncId\":2,\"clientId\":5}")).isTrue();
        assertThat(CompactLastResponses.isResent(ui, "{\"csrfToken\":\"k\",\"rpc\":[],\"syncId\":2,\"clientId\":6}")).isFalse();
        // an unreadable message: the answer is inflated, in case Vaadin takes it as resent
        assertThat(CompactLastResponses.isResent(ui, "{}")).isTrue();
    }
}
