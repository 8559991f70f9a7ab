package dev.ryugaku.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Secrets sealed with AES-GCM: never stored in clear, different every time, refused when changed. */
class KeySealerTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    private static final String TOKEN = "xoxb-1111111111-2222222222-testtokenabcd";

    @Test
    void aSealedSecretOpensWithTheSameKeyOnly() {
        KeySealer sealer = new KeySealer(KEY);
        String sealed = sealer.seal(TOKEN);
        assertThat(sealed).startsWith("v1:").doesNotContain("testtoken");
        assertThat(sealer.seal(TOKEN)).isNotEqualTo(sealed);
        assertThat(sealer.open(sealed)).isEqualTo(TOKEN);
        assertThatThrownBy(() -> new KeySealer(OTHER_KEY).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangedValueIsRefused() {
        KeySealer sealer = new KeySealer(KEY);
        String sealed = sealer.seal(TOKEN);
        char last = sealed.charAt(sealed.length() - 3);
        String changed = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> sealer.open(changed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsSealedAndAWrongKeyStopsTheStart() {
        assertThat(new KeySealer("").ready()).isFalse();
        assertThatThrownBy(() -> new KeySealer("").seal(TOKEN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KeySealer("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    }
}
