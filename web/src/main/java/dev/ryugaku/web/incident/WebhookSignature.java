package dev.ryugaku.web.incident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PagerDuty's V3 webhook signature, also used by the generic webhook: a header of one or more
 * comma-separated {@code v1=<hex HMAC-SHA256 of the raw body>}, one per signing secret (several
 * while a secret is rotated). The delivery is genuine when any of them matches any configured
 * secret; compared in constant time.
 */
final class WebhookSignature {

    static final String VERSION = "v1=";

    private WebhookSignature() {
    }

    static boolean valid(byte[] body, String header, List<String> secrets) {
        if (header == null || header.isBlank() || secrets.isEmpty()) {
            return false;
        }
        boolean match = false;
        for (String secret : secrets) {
            byte[] expected = hmac(body, secret);
            for (String part : header.split(",")) {
                String signature = part.strip();
                if (signature.startsWith(VERSION)) {
                    byte[] given = hex(signature.substring(VERSION.length()));
                    // no early return: every candidate is compared, in constant time
                    match |= given != null && MessageDigest.isEqual(expected, given);
                }
            }
        }
        return match;
    }

    /** The header value a sender with this secret writes: {@code v1=} and the hex HMAC-SHA256 of the body. */
    static String sign(byte[] body, String secret) {
        return VERSION + HexFormat.of().formatHex(hmac(body, secret));
    }

    private static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    private static byte[] hex(String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
