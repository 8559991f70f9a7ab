package dev.ryugaku.core.security;

/**
 * How long a password must and may be. ASVS 5.0 asks for at least 12 characters; the upper bound
 * only keeps hashing cheap (argon2id reads any length, unlike bcrypt's 72 bytes).
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 256;

    private PasswordPolicy() {
    }

    public static boolean isAcceptable(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MINIMUM_LENGTH;
    }
}
