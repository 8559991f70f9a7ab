package dev.ryugaku.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void tokensAre256RandomBitsSafeInAnAddress() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(SecretTokens.generate());
        }
        assertThat(tokens).hasSize(1000).allMatch(token -> token.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theStoredFormIsTheSha256InHex() {
        assertThat(SecretTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = SecretTokens.generate();
        assertThat(SecretTokens.hash(token)).isEqualTo(SecretTokens.hash(token)).hasSize(64).doesNotContain(token);
    }

    @Test
    void onlyPlausibleTextIsLookedUp() {
        assertThat(SecretTokens.isPlausible(SecretTokens.generate())).isTrue();
        assertThat(SecretTokens.isPlausible(null)).isFalse();
        assertThat(SecretTokens.isPlausible(" ")).isFalse();
        assertThat(SecretTokens.isPlausible("a".repeat(SecretTokens.MAXIMUM_LENGTH + 1))).isFalse();
    }
}
