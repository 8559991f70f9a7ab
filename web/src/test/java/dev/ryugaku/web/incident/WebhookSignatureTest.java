package dev.ryugaku.web.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PagerDuty's V3 signature: {@code v1=} hex HMAC-SHA256 of the raw body, several possible while a secret rotates. */
class WebhookSignatureTest {

    private static final byte[] BODY = "{\"event\":{\"id\":\"01DEN5ZQ\",\"title\":\"ディスク満杯 🚀\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsTheHexHmacOfTheBody() {
        // computed independently: printf '%s' hello | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSignature.sign("hello".getBytes(StandardCharsets.UTF_8), "secret"))
                .isEqualTo("v1=88aab3ede8d3adf94d26ab90d3bafd4a2083070c3bcce9c014ee04a443847c0b");
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String header = "v1=" + "0".repeat(64) + "," + WebhookSignature.sign(BODY, "new-secret");
        assertThat(WebhookSignature.valid(BODY, header, List.of("new-secret"))).isTrue();
        assertThat(WebhookSignature.valid(BODY, WebhookSignature.sign(BODY, "old-secret"), List.of("new-secret", "old-secret")))
                .isTrue();
    }

    @Test
    void aMissingWrongOrOtherVersionedSignatureIsRefused() {
        String signature = WebhookSignature.sign(BODY, "secret");
        assertThat(WebhookSignature.valid(BODY, null, List.of("secret"))).isFalse();
        assertThat(WebhookSignature.valid(BODY, "", List.of("secret"))).isFalse();
        assertThat(WebhookSignature.valid(BODY, signature, List.of("another"))).isFalse();
        assertThat(WebhookSignature.valid(BODY, signature.replace("v1=", "v2="), List.of("secret"))).isFalse();
        assertThat(WebhookSignature.valid(BODY, "v1=not-hex", List.of("secret"))).isFalse();
        assertThat(WebhookSignature.valid("{}".getBytes(StandardCharsets.UTF_8), signature, List.of("secret"))).isFalse();
        assertThat(WebhookSignature.valid(BODY, signature, List.of())).isFalse();
    }
}
