package dev.ryugaku.web.reminder;

import dev.ryugaku.core.reminder.SecretSealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals secrets stored in the database with AES-256-GCM under {@code ryugaku.secrets.key} (32 bytes,
 * Base64; e.g. {@code openssl rand -base64 32}). Stored as {@code v1:} and the Base64 of a random
 * 12-byte nonce followed by the ciphertext and tag. Without a key nothing can be sealed.
 */
@Component
class KeySealer implements SecretSealer {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    KeySealer(@Value("${ryugaku.secrets.key:}") String key) {
        if (key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(key.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("ryugaku.secrets.key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    @Override
    public boolean ready() {
        return key != null;
    }

    @Override
    public String seal(String secret) {
        requireKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    @Override
    public String open(String sealed) {
        requireKey();
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, body), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            // a changed key, or a tampered value: the stored secret cannot be used
            throw new IllegalStateException("sealed secret cannot be opened with the configured key", failed);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("ryugaku.secrets.key is not configured");
        }
    }
}
