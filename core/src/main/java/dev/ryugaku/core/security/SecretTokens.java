package dev.ryugaku.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed out in links (password setup, calendar feeds): 32 random bytes, base64url. Only
 * their SHA-256 hash is stored, so a copy of the database opens no link.
 */
public final class SecretTokens {

    /** Longer input is never a token of ours: refused before hashing. */
    public static final int MAXIMUM_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new unguessable token (256 bits), safe in a URL path. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token: SHA-256, 64 hex digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text could be a token at all; anything else is answered as unknown without a query. */
    public static boolean isPlausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAXIMUM_LENGTH;
    }
}
